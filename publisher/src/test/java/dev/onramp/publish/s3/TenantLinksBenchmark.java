package dev.onramp.publish.s3;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.StoredObject;
import dev.onramp.publish.TenantLinks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToLongFunction;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Measures what a vendor's web app does per page view; not a test. Per round, {@code tenants}
 * tenant links through {@link TenantLinks} (the tenant's ExternalId, and the checked quick-create
 * link of the sample's {@code acme-portal} template in eu-west-1), plain and then with a freshly
 * presigned template URL each ({@link S3TemplateSigner}, static long-term credentials, 7 days; no
 * request is sent); then the presigning alone. Median of {@code rounds} after {@code warmup}
 * unmeasured rounds, one JVM, one thread. Run from the repository root after {@code ./mvnw -q -o
 * -pl publisher test-compile} and {@code ./mvnw -q -o -pl publisher dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt}:
 *
 * <pre>
 * java -cp publisher/target/classes:publisher/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.onramp.publish.s3.TenantLinksBenchmark [tenants] [warmup] [rounds]
 * </pre>
 */
public final class TenantLinksBenchmark {
  private TenantLinksBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

    Path blueprint = Path.of("samples/src/main/blueprints/acme-portal.yaml");
    PublicationPlan plan =
        PublicationPlan.of(
            new Generator()
                .compileAll(
                    List.of(
                        new BlueprintSource(blueprint.toString(), Files.readAllBytes(blueprint))),
                    Optional.empty()),
            Optional.empty());
    PublishedTemplate template = plan.template("acme-portal").orElseThrow();
    TenantExternalIds ids =
        new TenantExternalIds(
            Secret.of(
                "benchmark-secret-0123456789abcdefghijklmnopqrstuvwxyz"
                    .getBytes(StandardCharsets.UTF_8)));
    try (S3Access access =
        S3Access.of(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    "AKIAONRAMPBENCH00001", "benchmark/secret/0123456789abcdefghijklmn")))) {
      S3TemplateSigner signer = new S3TemplateSigner(access, Duration.ofDays(7));
      TenantLinks plain = TenantLinks.of(template, ids, Optional.empty());
      TenantLinks presigned = TenantLinks.of(template, ids, Optional.of(signer));
      StoredObject object = template.in("eu-west-1").orElseThrow();
      measure("plain tenant links", i -> link(plain, i), tenants, warmup, rounds);
      measure("presigned tenant links", i -> link(presigned, i), tenants, warmup, rounds);
      measure(
          "presigned URLs alone", i -> signer.presign(object).length(), tenants, warmup, rounds);
    }
  }

  private static long link(TenantLinks links, int i) {
    return links.link("tenant-" + i, "eu-west-1", "AcmeOnboarding").url().length();
  }

  /** Runs {@code work} for 0 to {@code count} - 1 per round; prints the median round. */
  private static void measure(
      String what, IntToLongFunction work, int count, int warmup, int rounds) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += round(work, count);
    }
    long[] ms = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      sink += round(work, count);
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf(
        "%,d %s, median of %d rounds after %d warm-up: %d ms, %.1f µs each"
            + " (min %d, max %d; checksum %d)%n",
        count,
        what,
        rounds,
        warmup,
        ms[rounds / 2],
        ms[rounds / 2] * 1000.0 / count,
        ms[0],
        ms[rounds - 1],
        sink);
  }

  private static long round(IntToLongFunction work, int count) {
    long length = 0;
    for (int i = 0; i < count; i++) {
      length += work.applyAsLong(i);
    }
    return length;
  }
}

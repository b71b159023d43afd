package dev.onramp.bench;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.StoredObject;
import dev.onramp.publish.TenantLinks;
import dev.onramp.publish.s3.S3Access;
import dev.onramp.publish.s3.S3TemplateSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * What a vendor's web app does per page view, {@code tenants} times per operation, in one thread:
 * through {@link TenantLinks#link}, each tenant's ExternalId (HMAC-SHA256) and the checked
 * quick-create link of the sample's {@code acme-portal} template in eu-west-1. {@code plain} links
 * name the template's URL; {@code presigned} ones each get a freshly presigned template URL ({@link
 * S3TemplateSigner}, static long-term credentials, 7 days; no request is sent); {@code
 * presign-only} is the presigning alone, without the link.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TenantLinksBenchmark {
  static final String REGION = "eu-west-1";

  @Param({"plain", "presigned", "presign-only"})
  public String links;

  @Param({"100000"})
  public int tenants;

  private S3Access access;
  private TenantLinks tenantLinks;
  private S3TemplateSigner signer;
  private StoredObject object;

  @Setup(Level.Trial)
  public void publish() throws IOException, BlueprintException {
    Path blueprint =
        Sample.repositoryRoot().resolve("samples/src/main/blueprints/acme-portal.yaml");
    PublishedTemplate template =
        PublicationPlan.of(
                new Generator()
                    .compileAll(
                        List.of(
                            new BlueprintSource(
                                "src/main/blueprints/acme-portal.yaml",
                                Files.readAllBytes(blueprint))),
                        Optional.empty()),
                Optional.empty())
            .template("acme-portal")
            .orElseThrow();
    TenantExternalIds ids =
        new TenantExternalIds(
            Secret.of(
                "benchmark-secret-0123456789abcdefghijklmnopqrstuvwxyz"
                    .getBytes(StandardCharsets.UTF_8)));
    access =
        S3Access.of(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    "AKIAONRAMPBENCH00001", "benchmark/secret/0123456789abcdefghijklmn")));
    signer = new S3TemplateSigner(access, Duration.ofDays(7));
    object = template.in(REGION).orElseThrow();
    tenantLinks =
        switch (links) {
          case "plain" -> TenantLinks.of(template, ids, Optional.empty());
          case "presigned", "presign-only" -> TenantLinks.of(template, ids, Optional.of(signer));
          default -> throw new IllegalArgumentException("links: plain, presigned or presign-only");
        };
  }

  @TearDown(Level.Trial)
  public void close() {
    access.close();
  }

  /** The total length of {@code tenants} links (or presigned URLs), so that none is dropped. */
  @Benchmark
  public long links() {
    long length = 0;
    for (int i = 0; i < tenants; i++) {
      length += url(i).length();
    }
    return length;
  }

  /** Tenant {@code i}'s link, or for {@code presign-only} a presigned template URL. */
  String url(int i) {
    if (links.equals("presign-only")) {
      return signer.presign(object);
    }
    return tenantLinks.link("tenant-" + i, REGION, "AcmeOnboarding").url();
  }
}

package dev.onramp.link;

import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.template.Template;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures link making; not a test. Per round, for {@code tenants} tenant ids: the tenant's
 * ExternalId ({@link TenantExternalIds}) and its quick-create link ({@link QuickCreateLink}, with
 * the ExternalId, an AllowedValues parameter and a free-text one), in one JVM, after {@code warmup}
 * unmeasured rounds; prints each round and the median of {@code rounds}. Run from the repository
 * root after {@code ./mvnw -q -o -pl generator test-compile}:
 *
 * <pre>
 * java -cp generator/target/classes:generator/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.onramp.link.LinkBenchmark [tenants] [warmup] [rounds]
 * </pre>
 */
public final class LinkBenchmark {
  private LinkBenchmark() {}

  public static void main(String[] args) {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

    byte[] secret = new byte[32];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) (31 * i + 7);
    }
    TenantExternalIds ids = new TenantExternalIds(Secret.of(secret));
    QuickCreateLink links =
        QuickCreateLink.of(
            template(), "us-east-1", "https://acme.s3.us-east-1.amazonaws.com/v3/onboarding.yaml");

    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += round(ids, links, tenants);
    }
    long[] ms = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      sink += round(ids, links, tenants);
      ms[i] = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("round %d: %d ms%n", i + 1, ms[i]);
    }
    Arrays.sort(ms);
    System.out.printf(
        "%,d tenant links (ExternalId + link), median of %d rounds after %d warm-up: %d ms"
            + " (min %d, max %d; checksum %d)%n",
        tenants, rounds, warmup, ms[rounds / 2], ms[0], ms[rounds - 1], sink);
  }

  private static long round(TenantExternalIds ids, QuickCreateLink links, int tenants) {
    long length = 0;
    for (int i = 0; i < tenants; i++) {
      String tenant = "tenant-" + i;
      Map<String, String> values = new LinkedHashMap<>();
      values.put("ExternalId", ids.externalId(tenant));
      values.put("Environment", (i & 1) == 0 ? "prod" : "dev");
      values.put("CustomerName", "Customer " + i + " GmbH & Co");
      length += links.url("Onboarding-" + i, values).length();
    }
    return length;
  }

  private static Template template() {
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    parameters.put(
        "ExternalId",
        new Template.Parameter(
            "String", null, null, null, ExternalIdSpec.ALLOWED_PATTERN, null, false, null, null));
    parameters.put(
        "Environment",
        new Template.Parameter(
            "String", null, "prod", List.of("prod", "dev"), null, null, false, null, null));
    parameters.put(
        "CustomerName",
        new Template.Parameter("String", null, null, null, null, null, false, 1, 64));
    parameters.put(
        "ApiKey", new Template.Parameter("String", null, null, null, null, null, true, null, null));
    return new Template("bench", Map.of(), parameters, Map.of(), Map.of(), Map.of(), Map.of());
  }
}

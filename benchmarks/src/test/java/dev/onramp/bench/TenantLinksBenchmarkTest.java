package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each variant makes what it claims: distinct tenants' links, presigned or not. */
class TenantLinksBenchmarkTest {

  @Test
  void plainLinksAreTheTenantsOwnAndNotPresigned() throws Exception {
    List<String> urls = urls("plain", 3);

    assertThat(urls).doesNotHaveDuplicates().allSatisfy(url -> assertPlain(url));
  }

  @Test
  void presignedLinksCarryASignatureEach() throws Exception {
    List<String> urls = urls("presigned", 3);

    assertThat(urls)
        .doesNotHaveDuplicates()
        .allSatisfy(url -> assertThat(url).startsWith(QUICK_CREATE).contains("X-Amz-Signature"));
  }

  @Test
  void presignOnlyMakesTemplateUrlsNotLinks() throws Exception {
    assertThat(urls("presign-only", 2))
        .allSatisfy(
            url ->
                assertThat(url)
                    .startsWith("https://")
                    .doesNotStartWith(QUICK_CREATE)
                    .contains("X-Amz-Signature="));
  }

  @Test
  void anOperationMakesAsManyLinksAsThereAreTenants() throws Exception {
    TenantLinksBenchmark benchmark = benchmark("plain", 5);
    long length = 0;
    for (int i = 0; i < 5; i++) {
      length += benchmark.url(i).length();
    }
    assertThat(benchmark.links()).isEqualTo(length);
    benchmark.close();
  }

  private static final String QUICK_CREATE = "https://eu-west-1.console.aws.amazon.com/";

  private static void assertPlain(String url) {
    assertThat(url).startsWith(QUICK_CREATE).doesNotContain("X-Amz-Signature");
  }

  private static List<String> urls(String links, int tenants) throws Exception {
    TenantLinksBenchmark benchmark = benchmark(links, tenants);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < tenants; i++) {
      urls.add(benchmark.url(i));
    }
    benchmark.close();
    return urls;
  }

  private static TenantLinksBenchmark benchmark(String links, int tenants) throws Exception {
    TenantLinksBenchmark benchmark = new TenantLinksBenchmark();
    benchmark.links = links;
    benchmark.tenants = tenants;
    benchmark.publish();
    return benchmark;
  }
}

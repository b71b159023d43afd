package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark measures a whole import: each template drafts and proves with the same access. */
class ImportBenchmarkTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "templates/fixed-name-role.yaml",
        "templates/stackset-service-managed.yaml",
        "many-shapes.yaml"
      })
  void eachTemplateImportsWithTheSameAccess(String template) throws Exception {
    ImportBenchmark benchmark = new ImportBenchmark();
    benchmark.template = template;
    benchmark.load();

    assertThat(benchmark.importAndProve().summary()).isEqualTo("same access");
    assertThat(benchmark.draft().text()).contains("roles:");
  }
}

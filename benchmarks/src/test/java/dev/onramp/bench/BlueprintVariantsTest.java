package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.generate.Generator;
import dev.onramp.template.ContentHash;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure real work only if every variant compiles, each to its own template: all
 * 10,000 of the largest run, streamed as the benchmark does.
 */
class BlueprintVariantsTest {

  @Test
  void everyVariantCompilesToItsOwnTemplate() {
    Diagnostics diagnostics = new Diagnostics();
    Set<String> distinct = new HashSet<>();
    AtomicInteger organizations = new AtomicInteger();
    AtomicInteger costReports = new AtomicInteger();
    new Generator()
        .compileEach(
            BlueprintVariants.of(10_000),
            Optional.empty(),
            diagnostics,
            (index, blueprint, template) -> {
              distinct.add(ContentHash.sha256Hex(template.jsonBytes()));
              if (template.yaml().contains("AWS::CloudFormation::StackSet")) {
                organizations.incrementAndGet();
              }
              if (template.yaml().contains("AWS::CUR::ReportDefinition")
                  || template.yaml().contains("Custom::")) {
                costReports.incrementAndGet();
              }
            });

    assertThat(diagnostics.sorted()).filteredOn(Diagnostic::isError).as("errors").isEmpty();
    assertThat(distinct).hasSize(10_000);
    assertThat(organizations.get()).isEqualTo(1_000);
    assertThat(costReports.get()).isGreaterThan(1_000);
  }

  @Test
  void theSameCountGivesTheSameBlueprints() {
    assertThat(BlueprintVariants.of(50)).isEqualTo(BlueprintVariants.of(50));
    assertThat(BlueprintVariants.yaml(7, 50)).isNotEqualTo(BlueprintVariants.yaml(8, 50));
  }
}

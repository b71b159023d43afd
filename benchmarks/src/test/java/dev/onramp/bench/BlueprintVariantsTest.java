package dev.onramp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.CompiledTemplate;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.Generator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure real work only if every variant compiles, and each to its own template.
 */
class BlueprintVariantsTest {

  @Test
  void everyVariantCompilesToItsOwnTemplate() throws BlueprintException {
    List<CompiledTemplate> templates =
        new Generator().compileAll(BlueprintVariants.of(300), Optional.empty()).templates();

    assertThat(templates).hasSize(300);
    Set<String> distinct = new HashSet<>();
    templates.forEach(template -> distinct.add(template.yaml()));
    assertThat(distinct).hasSize(300);
    assertThat(templates)
        .filteredOn(template -> template.yaml().contains("AWS::CloudFormation::StackSet"))
        .hasSize(30);
    assertThat(templates)
        .filteredOn(
            template ->
                template.yaml().contains("AWS::CUR::ReportDefinition")
                    || template.yaml().contains("Custom::"))
        .isNotEmpty();
  }

  @Test
  void theSameCountGivesTheSameBlueprints() {
    assertThat(BlueprintVariants.of(50)).isEqualTo(BlueprintVariants.of(50));
    assertThat(BlueprintVariants.yaml(7, 50)).isNotEqualTo(BlueprintVariants.yaml(8, 50));
  }
}

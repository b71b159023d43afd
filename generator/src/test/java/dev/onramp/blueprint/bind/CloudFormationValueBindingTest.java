package dev.onramp.blueprint.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.RawResourceSpec;
import dev.onramp.blueprint.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Free-form CloudFormation values keep the YAML type of their scalars, unlike other free parts. */
class CloudFormationValueBindingTest {

  private static RecordBinder binder;

  private static RawResourceSpec bind(String yaml) {
    binder = new RecordBinder();
    return binder.bind(
        YamlReader.read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8)).root().orElseThrow(),
        RawResourceSpec.class);
  }

  @Test
  void unquotedNumbersAndBooleansStayNumbersAndBooleans() {
    RawResourceSpec spec =
        bind(
            """
            type: AWS::Lambda::Function
            properties:
              Timeout: 60
              Big: 12345678901
              Enabled: true
              Quoted: "60"
              Text: 'false'
              Zero: 012
              Ratio: 1.5
              Empty: ""
              List: [1, two, false]
            """);

    assertThat(binder.problems()).isEmpty();
    assertThat(spec.properties())
        .containsEntry("Timeout", 60)
        .containsEntry("Big", 12345678901L)
        .containsEntry("Enabled", true)
        .containsEntry("Quoted", "60")
        .containsEntry("Text", "false")
        .containsEntry("Zero", "012")
        .containsEntry("Ratio", "1.5")
        .containsEntry("Empty", "")
        .containsEntry("List", List.of(1, "two", false));
  }

  @Test
  void propertiesMustBeAMapping() {
    bind("type: AWS::SNS::Topic\nproperties: [DisplayName]\n");

    assertThat(binder.problems())
        .extracting(d -> d.location().yamlPath() + ": " + d.message())
        .containsExactly("properties: expected a mapping, found a list");
  }

  @Test
  void aRawResourceDefaultsToNoPropertiesMetadataOrDependencies() {
    RawResourceSpec spec = bind("type: AWS::SNS::Topic\n");

    assertThat(spec.properties()).isEqualTo(Map.of());
    assertThat(spec.metadata()).isEqualTo(Map.of());
    assertThat(spec.dependsOn()).isEmpty();
    assertThat(spec.isReadOnly()).isFalse();
  }
}

package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.onramp.diagnostic.Severity;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.output.SarifLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesOneRunPerToolWithRulesAndResults() throws IOException {
    String sarif = SarifReport.write(SampleReports.sample());

    GoldenFiles.assertMatches("cfn-validate.sarif", sarif);
    JsonNode root = MAPPER.readTree(sarif);
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    JsonNode cfnLint = root.path("runs").get(0);
    JsonNode onramp = root.path("runs").get(1);
    assertThat(cfnLint.path("tool").path("driver").path("name").asText()).isEqualTo("cfn-lint");
    assertThat(cfnLint.path("tool").path("driver").path("version").asText()).isEqualTo("1.51.0");
    assertThat(cfnLint.path("tool").path("driver").path("rules").findValuesAsText("id"))
        .containsExactly("E3012", "I3011", "W3005");
    assertThat(cfnLint.path("tool").path("driver").path("rules").get(0).path("helpUri").asText())
        .isEqualTo("https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/rules.md#E3012");
    assertThat(cfnLint.path("results").findValuesAsText("level"))
        .containsExactly("error", "note", "warning");
    assertThat(onramp.path("tool").path("driver").path("name").asText()).isEqualTo("Onramp");
    assertThat(onramp.path("results").findValuesAsText("ruleId"))
        .containsExactly("ONR304", "ONR303");
  }

  @Test
  void isValidSarif210() throws IOException {
    assertValid(SarifReport.write(SampleReports.sample()));
    assertValid(SarifReport.write(new ValidationReport("", "", List.of())));
  }

  @Test
  void theSchemaCheckCatchesWhatGitHubWouldReject() throws IOException {
    String broken = SarifReport.write(SampleReports.sample()).replace("\"note\"", "\"info\"");

    assertThat(schema().validate(MAPPER.readTree(broken))).isNotEmpty();
  }

  @Test
  void aResultPointsAtTheTemplateLineAndAtTheBlueprintElementItCameFrom() throws IOException {
    JsonNode w3005 =
        MAPPER
            .readTree(SarifReport.write(SampleReports.sample()))
            .path("runs")
            .get(0)
            .path("results")
            .get(2);

    assertThat(w3005.path("ruleId").asText()).isEqualTo("W3005");
    assertThat(w3005.path("ruleIndex").asInt()).isEqualTo(2);
    assertThat(w3005.path("message").path("text").asText())
        .endsWith(
            "/0/Ref\nfrom: src/main/blueprints/acme-portal.yaml:31:9 (roles[0].policySets[3])");
    assertThat(w3005.path("locations").get(0).toString())
        .isEqualTo(
            "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"target/cfn/acme-portal/template.yaml\","
                + "\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":88,\"startColumn\":7}},"
                + "\"logicalLocations\":[{\"fullyQualifiedName\":\"Resources.AcmeAccessRolePolicyBillingRead\"}]}");
    JsonNode origin = w3005.path("relatedLocations").get(0);
    assertThat(origin.path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("src/main/blueprints/acme-portal.yaml");
    assertThat(origin.path("physicalLocation").path("region").toString())
        .isEqualTo("{\"startLine\":31,\"startColumn\":9}");
    assertThat(origin.path("message").path("text").asText())
        .isEqualTo("from the blueprint element roles[0].policySets[3]");
  }

  @Test
  void aFindingWithoutLineHasNoRegionAndItsHintFollowsTheMessage() throws IOException {
    JsonNode onr304 =
        MAPPER
            .readTree(SarifReport.write(SampleReports.sample()))
            .path("runs")
            .get(1)
            .path("results")
            .get(0);

    assertThat(onr304.path("level").asText()).isEqualTo("error");
    assertThat(onr304.path("message").path("text").asText())
        .isEqualTo(
            "the template is 1048577 bytes; CloudFormation accepts at most 1000000\n"
                + "fix: split the blueprint into several stacks");
    assertThat(onr304.path("locations").get(0).path("physicalLocation").has("region")).isFalse();
    assertThat(onr304.has("relatedLocations")).isFalse();
  }

  @Test
  void pathsBecomeUrisWithForwardSlashes() throws IOException {
    ValidationReport report =
        new ValidationReport(
            SampleReports.ENGINE,
            SampleReports.CFN_LINT_VERSION,
            List.of(
                new TemplateReport(
                    "acme portal",
                    Path.of("acme portal/template.yaml"),
                    "blueprints\\acme portal.yaml",
                    false,
                    List.of(
                        SampleReports.cfnLint(
                            Severity.ERROR,
                            "E0000",
                            new SourceLocation(
                                "target\\cfn\\acme portal\\ünïcode:1.yaml", 3, 0, ""),
                            "Null value at line 3 column 0"),
                        SampleReports.cfnLint(
                            Severity.ERROR,
                            "E0000",
                            new SourceLocation("/home/ci/acme #1.yaml", 1, 1, ""),
                            "absolute")))));
    String sarif = SarifReport.write(report);

    assertValid(sarif);
    assertThat(MAPPER.readTree(sarif).findValuesAsText("uri"))
        .containsExactly(
            "file:///home/ci/acme%20%231.yaml",
            "target/cfn/acme%20portal/%C3%BCn%C3%AFcode%3A1.yaml");
    assertThat(
            MAPPER
                .readTree(sarif)
                .path("runs")
                .get(0)
                .path("results")
                .get(1)
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("region")
                .toString())
        .isEqualTo("{\"startLine\":3}");
    assertThat(SarifLog.encode("C:/work/a b.yaml")).isEqualTo("C:/work/a%20b.yaml");
  }

  @Test
  void isTheSameOnEveryRun() {
    assertThat(SarifReport.write(SampleReports.sample()))
        .isEqualTo(SarifReport.write(SampleReports.sample()))
        .doesNotContain("\r");
  }

  private static void assertValid(String sarif) throws IOException {
    Set<ValidationMessage> problems = schema().validate(MAPPER.readTree(sarif));
    assertThat(problems).as("SARIF schema violations").isEmpty();
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("sarif-schema-2.1.0.json on the test class path").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(MAPPER.readTree(in));
    }
  }
}

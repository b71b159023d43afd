package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writesTheDocumentedShape() throws IOException {
    String json = JsonReport.write(SampleReports.sample());

    GoldenFiles.assertMatches("cfn-validate.json", json);
    JsonNode root = MAPPER.readTree(json);
    assertThat(root.path("reportVersion").asInt()).isEqualTo(1);
    assertThat(root.path("engine").asText()).isEqualTo("container onramp/cfn-lint:1.51.0");
    assertThat(root.path("cfnLintVersion").asText()).isEqualTo("1.51.0");
    assertThat(root.path("totals").toString())
        .isEqualTo("{\"templates\":3,\"errors\":2,\"warnings\":2,\"info\":1}");
    assertThat(root.path("templates").findValuesAsText("blueprint"))
        .containsExactly("acme-billing", "acme-identity", "acme-portal");
  }

  @Test
  void aFindingCarriesItsLocationAndTheBlueprintElementItCameFrom() throws IOException {
    JsonNode portal =
        MAPPER.readTree(JsonReport.write(SampleReports.sample())).path("templates").get(2);
    JsonNode w3005 = portal.path("findings").get(3);

    assertThat(portal.path("template").asText()).isEqualTo("acme-portal/template.yaml");
    assertThat(w3005.path("rule").asText()).isEqualTo("W3005");
    assertThat(w3005.path("tool").asText()).isEqualTo("cfn-lint");
    assertThat(w3005.path("severity").asText()).isEqualTo("warning");
    assertThat(w3005.path("line").asInt()).isEqualTo(88);
    assertThat(w3005.path("column").asInt()).isEqualTo(7);
    assertThat(w3005.path("hint").isNull()).isTrue();
    assertThat(w3005.path("origin").toString())
        .isEqualTo(
            "{\"file\":\"src/main/blueprints/acme-portal.yaml\",\"line\":31,\"column\":9,"
                + "\"yamlPath\":\"roles[0].policySets[3]\"}");
  }

  @Test
  void whatIsUnknownIsNull() throws IOException {
    JsonNode root = MAPPER.readTree(JsonReport.write(SampleReports.sample()));
    JsonNode billing = root.path("templates").get(0).path("findings").get(0);
    JsonNode identity = root.path("templates").get(1);

    assertThat(billing.path("line").isNull()).isTrue();
    assertThat(billing.path("column").isNull()).isTrue();
    assertThat(billing.path("yamlPath").isNull()).isTrue();
    assertThat(billing.path("origin").isNull()).isTrue();
    assertThat(billing.path("hint").asText()).isEqualTo("split the blueprint into several stacks");
    assertThat(identity.path("cached").asBoolean()).isTrue();
    assertThat(identity.path("findings")).isEmpty();
  }

  @Test
  void isTheSameBytesOnEveryRunLocaleAndTimeZone() {
    String first = JsonReport.write(SampleReports.sample());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(JsonReport.write(SampleReports.sample())).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(first).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void anEmptyReportIsValidJson() throws IOException {
    JsonNode root = MAPPER.readTree(JsonReport.write(new ValidationReport("", "", List.of())));

    assertThat(root.path("engine").isNull()).isTrue();
    assertThat(root.path("templates")).isEmpty();
  }
}

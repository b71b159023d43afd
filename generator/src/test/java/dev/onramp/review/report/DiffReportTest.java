package dev.onramp.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.onramp.review.Change;
import dev.onramp.review.ChangeKind;
import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DiffReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String markdown() {
    return DiffReport.markdown(ReportFixtures.BASELINE, ReportFixtures.diffs());
  }

  private static String json() {
    return DiffReport.json(ReportFixtures.BASELINE, ReportFixtures.diffs());
  }

  private static String sarif() {
    return DiffReport.sarif(
        ReportFixtures.BASELINE, ReportFixtures.diffs(), ReportFixtures::templatePath);
  }

  @Test
  void corpusPairsRenderToTheExpectedReports() throws IOException {
    ReportFixtures.assertMatchesGolden("diff/policy-diff.md", markdown());
    ReportFixtures.assertMatchesGolden("diff/policy-diff.json", json());
    ReportFixtures.assertMatchesGolden("diff/policy-diff.sarif", sarif());
  }

  @Test
  void theCommentOpensWithTheVerdictAndSaysWhatDidNotChange() {
    String markdown = markdown();

    assertThat(markdown.lines().findFirst().orElseThrow())
        .isEqualTo(
            "**Critical**: 4 of 5 blueprints change access; 2 critical changes, 8 escalations.");
    // acme-audit attaches SecurityAudit, whose document holds actions the catalog files under
    // Permissions management (quicksight:Describe*Permissions): critical, the attachment itself
    // information.
    assertThat(markdown)
        .contains("| `acme-audit` | added | 1 | 7 | 0 | 1 |")
        .contains("| `acme-legacy` | removed | 0 | 0 | 8 | 1 |")
        .contains("| `01-reordered-statements-and-actions` | unchanged | 0 | 0 | 0 | 0 |")
        .endsWith("\n\nNo change in access: `01-reordered-statements-and-actions`.\n");
  }

  @Test
  void theExternalIdRemovalIsACriticalBulletUnderItsRole() {
    String markdown = markdown();
    String section =
        markdown.substring(
            markdown.indexOf("### `08-external-id-removed`: Critical (changed)"),
            markdown.indexOf("### `24-bucket-policy-principal-widened`"));

    assertThat(section)
        .contains("**Role `VendorRole`**")
        .contains(
            "- **Critical**: trust policy, principal AWS"
                + " `arn:${AWS::Partition}:iam::111122223333:root`: allows sts:AssumeRole (Write):"
                + " condition removed: StringEquals sts:externalid=\\${ExternalId}");
  }

  @Test
  void withoutChangesTheVerdictSaysSo() throws IOException {
    List<BlueprintDiff> none =
        List.of(ReportFixtures.compared("01-reordered-statements-and-actions"));

    assertThat(DiffReport.markdown("the last release", none))
        .startsWith("**No change in access**: 1 blueprint compared.\n");
    assertThat(
            MAPPER
                .readTree(DiffReport.json("the last release", none))
                .get("classification")
                .asText())
        .isEqualTo("none");
    assertThat(MAPPER.readTree(DiffReport.sarif("x", none, b -> "t.yaml")).at("/runs/0/results"))
        .isEmpty();
  }

  @Test
  void theJsonCarriesEveryChangeWithAllItsActions() throws IOException {
    JsonNode json = MAPPER.readTree(json());

    assertThat(json.path("classification").asText()).isEqualTo("critical");
    List<BlueprintDiff> diffs = Verdict.sorted(ReportFixtures.diffs());
    assertThat(json.path("blueprints")).hasSameSizeAs(diffs);
    for (int i = 0; i < diffs.size(); i++) {
      assertThat(json.path("blueprints").get(i).path("name").asText())
          .isEqualTo(diffs.get(i).blueprint());
      List<Change> changes = diffs.get(i).diff().changes();
      JsonNode nodes = json.path("blueprints").get(i).path("changes");
      assertThat(nodes).hasSameSizeAs(changes);
      for (int j = 0; j < changes.size(); j++) {
        assertThat(nodes.get(j).path("sentence").asText()).isEqualTo(changes.get(j).sentence());
        assertThat(nodes.get(j).path("actions")).hasSameSizeAs(changes.get(j).actions());
      }
    }
  }

  @Test
  void theSarifIsVersion210WithOneResultPerChange() throws IOException {
    JsonNode sarif = MAPPER.readTree(sarif());

    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs")).hasSize(1);
    JsonNode run = sarif.path("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules).hasSize(ChangeKind.values().length);
    List<Change> changes = new ArrayList<>();
    List<String> uris = new ArrayList<>();
    for (BlueprintDiff diff : Verdict.sorted(ReportFixtures.diffs())) {
      changes.addAll(diff.diff().changes());
      diff.diff().changes().forEach(c -> uris.add(ReportFixtures.templatePath(diff.blueprint())));
    }
    JsonNode results = run.path("results");
    assertThat(results).hasSameSizeAs(changes);
    for (int i = 0; i < changes.size(); i++) {
      JsonNode result = results.get(i);
      Change change = changes.get(i);
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(result.path("ruleId").asText())
          .isEqualTo(Labels.kebab(change.kind()));
      assertThat(result.path("level").asText())
          .isEqualTo(change.severity().isAtLeast(Severity.ESCALATION) ? "error" : "note");
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo(uris.get(i));
      assertThat(result.at("/message/text").asText())
          .contains(change.subject().name())
          .endsWith(change.sentence());
    }
    assertThat(results.findValuesAsText("onrampPolicyChange/v1")).doesNotHaveDuplicates();
  }

  @Test
  void theSarifPassesTheSarif210Schema() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("sarif-schema-2.1.0.json on the test class path").isNotNull();
      var schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(in));

      assertThat(schema.validate(MAPPER.readTree(sarif()))).isEmpty();
    }
  }

  @Test
  void theReportsAreTheSameUnderATurkishLocale() throws IOException {
    List<Supplier<String>> renderings =
        List.of(
            DiffReportTest::markdown,
            DiffReportTest::json,
            DiffReportTest::sarif,
            () -> inventory(InventoryReport::markdown),
            () -> inventory(InventoryReport::json));
    List<String> root = render(renderings, Locale.ROOT);

    assertThat(render(renderings, Locale.forLanguageTag("tr-TR"))).isEqualTo(root);
    // The Turkish locale lower-cases EXTERNAL_ID_REMOVED to external_ıd_removed.
    assertThat(root.get(1)).contains("\"external-id-removed\"");
  }

  private static String inventory(Renderer renderer) {
    return renderer.render(
        "access-level-switches", "1.0.0", ReportFixtures.scenario("access-level-switches"));
  }

  private interface Renderer {
    String render(String blueprint, String version, PolicyInventory inventory);
  }

  private static List<String> render(List<Supplier<String>> renderings, Locale locale) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(locale);
      return renderings.stream().map(Supplier::get).toList();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anAddedBlueprintIsDiffedAgainstNothingAndARemovedOneToNothing() {
    BlueprintDiff added = BlueprintDiff.added("a", ReportFixtures.corpus("17-role-added", "after"));
    BlueprintDiff removed =
        BlueprintDiff.removed("r", ReportFixtures.corpus("18-role-removed", "before"));

    assertThat(added.status()).isEqualTo(BlueprintDiff.Status.ADDED);
    assertThat(added.diff().changes()).extracting(Change::kind).contains(ChangeKind.ROLE_ADDED);
    assertThat(removed.status()).isEqualTo(BlueprintDiff.Status.REMOVED);
    assertThat(removed.diff().classification()).isEqualTo(Severity.NARROWING);
    assertThat(ReportFixtures.compared("01-reordered-statements-and-actions").status())
        .isEqualTo(BlueprintDiff.Status.UNCHANGED);
    assertThatNullPointerException()
        .isThrownBy(() -> new BlueprintDiff("x", null, new PolicyDiff(List.of())))
        .withMessage("status");
  }
}

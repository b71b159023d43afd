package dev.onramp.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.review.PolicyInventory;
import dev.onramp.template.TemplateReader;
import dev.onramp.validate.GoldenFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the report tests read and compare with: real templates (the generator's golden output and
 * the review corpus) and the expected reports under {@code src/test/resources/review/reports}. Run
 * the tests with {@code -Donramp.updateGolden=true} to rewrite the expected reports after an
 * intended change, then read their diff before committing.
 */
final class ReportFixtures {
  static final String BASELINE = "git ref origin/main (abc1234)";

  private ReportFixtures() {}

  /** The inventory of a scenario's golden template, {@code scenarios/valid/<name>/expected}. */
  static PolicyInventory scenario(String name) {
    return inventory("/scenarios/valid/" + name + "/expected/template.yaml");
  }

  /** The inventory of one side, {@code before} or {@code after}, of a review corpus pair. */
  static PolicyInventory corpus(String pair, String side) {
    return inventory("/review/corpus/" + pair + "/" + side + ".yaml");
  }

  static PolicyInventory inventory(String resource) {
    try (InputStream in = ReportFixtures.class.getResourceAsStream(resource)) {
      assertThat(in).as("%s on the test class path", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PolicyInventory.of(TemplateReader.read(text), ActionCatalog.bundled());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The diffs the diff-report tests render: a critical ExternalId removal, a bucket policy opened
   * to anyone, a template only reordered, a blueprint added and one removed.
   */
  static List<BlueprintDiff> diffs() {
    return List.of(
        compared("08-external-id-removed"),
        compared("24-bucket-policy-principal-widened"),
        compared("01-reordered-statements-and-actions"),
        BlueprintDiff.added("acme-audit", corpus("17-role-added", "after")),
        BlueprintDiff.removed("acme-legacy", corpus("18-role-removed", "before")));
  }

  static BlueprintDiff compared(String pair) {
    return BlueprintDiff.compared(pair, corpus(pair, "before"), corpus(pair, "after"));
  }

  static String templatePath(String blueprint) {
    return "target/cfn/" + blueprint + "/template.yaml";
  }

  /** Asserts that {@code actual} is the expected report, byte for byte; rewrites it when asked. */
  static void assertMatchesGolden(String name, String actual) throws IOException {
    GoldenFiles.assertMatches("review/reports", name, actual);
  }
}

package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review's verdict on every labelled corpus pair against the label the independent evaluator
 * gave it ({@code label.txt}, written by {@link PolicyVerdictOracleIT}); no Node needed. The bar is
 * the issue's: no escalation (or mixed change, which holds one) reported as equal or as a
 * reduction, at least 95% of verdicts exact, and at least 60 labelled pairs. The confusion table is
 * printed and written to {@code target/policy-verdict-confusion.txt} for the documentation.
 */
class PolicyVerdictCorpusTest {
  private static final int MIN_LABELLED = 60;
  private static final double MIN_EXACT = 0.95;

  @Test
  void verdictsAgreeWithTheIndependentEvaluator() throws IOException {
    Map<AccessVerdict, Map<AccessVerdict, Integer>> table = new EnumMap<>(AccessVerdict.class);
    List<String> missedEscalations = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    int labelled = 0;
    int exact = 0;
    for (Path folder : PolicyDiffCorpusTest.cases()) {
      String name = folder.getFileName().toString();
      OracleLabel label = OracleLabel.read(folder);
      if (label.verdict().isEmpty()) {
        unlabelled.add(name + ": " + label.reason());
        continue;
      }
      AccessVerdict expected = label.verdict().get();
      AccessVerdict actual =
          PolicyDiff.between(inventory(folder, "before.yaml"), inventory(folder, "after.yaml"))
              .verdict();
      table
          .computeIfAbsent(expected, k -> new EnumMap<>(AccessVerdict.class))
          .merge(actual, 1, Integer::sum);
      labelled++;
      if (expected == actual) {
        exact++;
        continue;
      }
      wrong.add(name + ": evaluator " + expected + ", review " + actual);
      boolean grants = expected == AccessVerdict.ESCALATION || expected == AccessVerdict.MIXED;
      if (grants && (actual == AccessVerdict.EQUAL || actual == AccessVerdict.REDUCTION)) {
        missedEscalations.add(name + ": evaluator " + expected + ", review " + actual);
      }
    }
    String report = render(table, labelled, exact, wrong, unlabelled);
    System.out.print(report);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(
          target.resolve("policy-verdict-confusion.txt"), report, StandardCharsets.UTF_8);
    }
    assertThat(labelled).as("labelled corpus pairs").isGreaterThanOrEqualTo(MIN_LABELLED);
    assertThat(missedEscalations)
        .as("escalations reported as equal or as a reduction\n" + report)
        .isEmpty();
    assertThat((double) exact / labelled)
        .as("share of exact verdicts\n" + report)
        .isGreaterThanOrEqualTo(MIN_EXACT);
  }

  private static PolicyInventory inventory(Path folder, String file) throws IOException {
    return PolicyInventory.of(
        TemplateReader.read(Files.readString(folder.resolve(file))), ActionCatalog.bundled());
  }

  static String render(
      Map<AccessVerdict, Map<AccessVerdict, Integer>> table,
      int labelled,
      int exact,
      List<String> wrong,
      List<String> unlabelled) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-22s", "evaluator \\ review"));
    for (AccessVerdict column : AccessVerdict.values()) {
      out.append(String.format(Locale.ROOT, "%12s", column));
    }
    out.append('\n');
    for (AccessVerdict row : AccessVerdict.values()) {
      out.append(String.format(Locale.ROOT, "%-22s", row));
      for (AccessVerdict column : AccessVerdict.values()) {
        out.append(
            String.format(
                Locale.ROOT, "%12d", table.getOrDefault(row, Map.of()).getOrDefault(column, 0)));
      }
      out.append('\n');
    }
    out.append(
        String.format(
            Locale.ROOT,
            "exact: %d of %d labelled pairs (%.1f%%); unlabelled: %d%n",
            exact,
            labelled,
            labelled == 0 ? 0.0 : 100.0 * exact / labelled,
            unlabelled.size()));
    wrong.forEach(line -> out.append("  differs: ").append(line).append('\n'));
    unlabelled.forEach(line -> out.append("  unlabelled: ").append(line).append('\n'));
    return out.toString();
  }
}

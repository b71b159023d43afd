package dev.onramp.review.report;

import dev.onramp.review.Change;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.Severity;
import dev.onramp.review.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The diff as a pull-request comment: a one-sentence verdict, a table of blueprints with their
 * changes counted by severity, then each changed blueprint's changes grouped by the role, bucket or
 * key they concern, the most severe first.
 */
final class DiffMarkdown {
  /** Changes the most severe first, then in the diff's own order. */
  private static final Comparator<Change> MOST_SEVERE_FIRST =
      Comparator.comparing(Change::severity, Comparator.reverseOrder())
          .thenComparing(Comparator.naturalOrder());

  private DiffMarkdown() {}

  static String render(String baseline, List<BlueprintDiff> diffs) {
    List<BlueprintDiff> sorted = Verdict.sorted(diffs);
    List<String> blocks = new ArrayList<>();
    blocks.add(Verdict.sentence(sorted));
    blocks.add("Baseline: " + Markdown.text(baseline));
    if (!sorted.isEmpty()) {
      blocks.add(summary(sorted));
    }
    List<String> unchanged = new ArrayList<>();
    for (BlueprintDiff diff : sorted) {
      if (diff.diff().isEmpty()) {
        unchanged.add(Markdown.code(diff.blueprint()));
      } else {
        blocks.addAll(blueprint(diff));
      }
    }
    if (!unchanged.isEmpty()) {
      blocks.add("No change in access: " + String.join(", ", unchanged) + ".");
    }
    return String.join("\n\n", blocks) + "\n";
  }

  private static String summary(List<BlueprintDiff> diffs) {
    List<String> headers = new ArrayList<>(List.of("Blueprint", "Status"));
    Verdict.SEVERITIES.forEach(severity -> headers.add(Labels.capitalized(severity)));
    Table table = new Table(headers.toArray(String[]::new)).numeric(2, 3, 4, 5);
    for (BlueprintDiff diff : diffs) {
      List<String> cells = new ArrayList<>();
      cells.add(Markdown.code(diff.blueprint()));
      cells.add(Labels.kebab(diff.status()));
      Verdict.SEVERITIES.forEach(
          severity -> cells.add(String.valueOf(Verdict.count(diff, severity))));
      table.row(cells.toArray(String[]::new));
    }
    return table.render();
  }

  /** The blueprint's heading, then a paragraph and bullets per subject, most severe first. */
  private static List<String> blueprint(BlueprintDiff diff) {
    List<String> blocks = new ArrayList<>();
    blocks.add(
        "### "
            + Markdown.code(diff.blueprint())
            + ": "
            + Labels.capitalized(diff.diff().classification())
            + " ("
            + Labels.kebab(diff.status())
            + ")");
    Map<Subject, List<Change>> bySubject = new TreeMap<>();
    diff.diff()
        .changes()
        .forEach(
            change ->
                bySubject.computeIfAbsent(change.subject(), s -> new ArrayList<>()).add(change));
    bySubject.entrySet().stream()
        .sorted(
            Comparator.comparing(
                    (Map.Entry<Subject, List<Change>> group) -> mostSevere(group.getValue()),
                    Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            group -> {
              blocks.add("**" + Cells.subject(group.getKey()) + "**");
              blocks.add(
                  group.getValue().stream()
                      .sorted(MOST_SEVERE_FIRST)
                      .map(DiffMarkdown::bullet)
                      .collect(Collectors.joining("\n")));
            });
    return blocks;
  }

  private static Severity mostSevere(List<Change> changes) {
    return changes.stream().map(Change::severity).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** {@code - **Critical**: trust policy, principal AWS `arn:…`: allows …}. */
  private static String bullet(Change change) {
    String where = change.policy() == PolicyKind.TRUST ? "trust policy" : "";
    if (!change.principal().isNone()) {
      where += (where.isEmpty() ? "" : ", ") + "principal " + Cells.principal(change.principal());
    }
    return "- **"
        + Labels.capitalized(change.severity())
        + "**: "
        + (where.isEmpty() ? "" : where + ": ")
        + Markdown.text(change.sentence());
  }
}

package dev.onramp.review.report;

import dev.onramp.output.ReportText;
import dev.onramp.review.Change;
import dev.onramp.review.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * What a set of blueprint diffs comes to, as every rendering of it says it: the blueprints in name
 * order, the changes counted by severity, the overall classification and a one-sentence verdict.
 */
final class Verdict {
  /** The severities a change can have, the most severe first: the order of every count. */
  static final List<Severity> SEVERITIES =
      List.of(Severity.CRITICAL, Severity.ESCALATION, Severity.NARROWING, Severity.INFO);

  private static final Comparator<BlueprintDiff> ORDER =
      Comparator.comparing(BlueprintDiff::blueprint).thenComparing(BlueprintDiff::status);

  private Verdict() {}

  static List<BlueprintDiff> sorted(List<BlueprintDiff> diffs) {
    return diffs.stream().sorted(ORDER).toList();
  }

  /** The most severe change of any blueprint; {@link Severity#NONE} without changes. */
  static Severity classification(List<BlueprintDiff> diffs) {
    return diffs.stream()
        .map(diff -> diff.diff().classification())
        .max(Comparator.naturalOrder())
        .orElse(Severity.NONE);
  }

  static long count(List<BlueprintDiff> diffs, Severity severity) {
    return diffs.stream().mapToLong(diff -> count(diff, severity)).sum();
  }

  static long count(BlueprintDiff diff, Severity severity) {
    return diff.diff().changes().stream().map(Change::severity).filter(severity::equals).count();
  }

  static long withChanges(List<BlueprintDiff> diffs) {
    return diffs.stream().filter(diff -> !diff.diff().isEmpty()).count();
  }

  /**
   * The first line of the pull-request comment: {@code **Critical**: 2 of 5 blueprints change
   * access; 1 critical change, 1 escalation.}
   */
  static String sentence(List<BlueprintDiff> diffs) {
    Severity classification = classification(diffs);
    long changed = withChanges(diffs);
    String blueprints = changed + " of " + ReportText.count(diffs.size(), "blueprint");
    String verb = changed == 1 ? "changes" : "change";
    return switch (classification) {
      case NONE ->
          "**No change in access**: " + ReportText.count(diffs.size(), "blueprint") + " compared.";
      case INFO ->
          "**Info**: " + blueprints + " " + verb + ", only in what the review cannot read.";
      case NARROWING ->
          "**Narrowing**: " + blueprints + " " + verb + " access; every change takes access away.";
      case ESCALATION, CRITICAL -> {
        long critical = count(diffs, Severity.CRITICAL);
        long escalations = count(diffs, Severity.ESCALATION);
        yield "**"
            + Labels.capitalized(classification)
            + "**: "
            + blueprints
            + " "
            + verb
            + " access; "
            + (critical == 0 ? "" : ReportText.count(critical, "critical change"))
            + (critical == 0 || escalations == 0 ? "" : ", ")
            + (escalations == 0 ? "" : ReportText.count(escalations, "escalation"))
            + ".";
      }
    };
  }
}

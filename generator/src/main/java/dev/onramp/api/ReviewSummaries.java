package dev.onramp.api;

import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.Effect;
import dev.onramp.review.Action;
import dev.onramp.review.Change;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Severity;
import dev.onramp.review.report.BlueprintDiff;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The one-line summaries of the policy review per blueprint. */
final class ReviewSummaries {
  private ReviewSummaries() {}

  /** "2 roles, 412 actions allowed (List 120, Read 280, Write 12)". */
  static String inventory(PolicyInventory inventory) {
    TreeSet<String> actions = new TreeSet<>();
    Map<AccessLevel, TreeSet<String>> byLevel = new EnumMap<>(AccessLevel.class);
    for (PolicyStatement statement : inventory.statements()) {
      if (statement.kind() != PolicyKind.IDENTITY || statement.effect() != Effect.ALLOW) {
        continue;
      }
      for (Action action : statement.actions()) {
        actions.add(action.name());
        action
            .levels()
            .forEach(
                level -> byLevel.computeIfAbsent(level, l -> new TreeSet<>()).add(action.name()));
      }
    }
    String levels =
        byLevel.entrySet().stream()
            .map(entry -> entry.getKey().label() + " " + entry.getValue().size())
            .collect(Collectors.joining(", "));
    return inventory.roles().size()
        + (inventory.roles().size() == 1 ? " role, " : " roles, ")
        + actions.size()
        + " actions allowed"
        + (levels.isEmpty() ? "" : " (" + levels + ")");
  }

  /** "acme-portal: changed, escalation (1 escalation, 2 narrowing)". */
  static String diff(BlueprintDiff diff) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Change change : diff.diff().changes()) {
      counts.merge(change.severity(), 1L, Long::sum);
    }
    String status = diff.status().name().toLowerCase(Locale.ROOT);
    if (counts.isEmpty()) {
      return diff.blueprint() + ": " + status + ", no change in access";
    }
    String detail =
        counts.entrySet().stream()
            .sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
            .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return diff.blueprint()
        + ": "
        + status
        + ", "
        + diff.diff().classification().name().toLowerCase(Locale.ROOT)
        + " ("
        + detail
        + ")";
  }
}

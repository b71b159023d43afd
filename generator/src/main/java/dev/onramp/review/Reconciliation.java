package dev.onramp.review;

import dev.onramp.review.access.AccessComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the described changes agree with effective access ({@link EffectiveAccess}): a change said
 * to grant more in a policy where IAM's evaluation finds nothing more allowed grants nothing (it is
 * kept, as {@link Severity#INFO}, since the text did change); likewise a narrowing that takes
 * nothing away; and more (or less) access that no described change accounts for becomes a change of
 * its own, with a request that shows it. Where the evaluation is inexact, or cannot see (what is
 * not reviewed, a managed policy or boundary whose content is unknown), the described severity
 * stands. A boundary's change is judged like any other when both boundaries' documents are known:
 * removing one that bounded nothing grants nothing more.
 */
final class Reconciliation {
  private static final Set<ChangeKind> UNJUDGED =
      Set.of(
          ChangeKind.NOT_REVIEWED,
          ChangeKind.MANAGED_POLICY_ATTACHED,
          ChangeKind.MANAGED_POLICY_DETACHED);

  private Reconciliation() {}

  static List<Change> apply(
      List<Change> described,
      Map<EffectiveAccess.Unit, EffectiveAccess.Finding> findings,
      PolicyInventory before,
      PolicyInventory after) {
    List<Change> out = new ArrayList<>();
    for (Change change : described) {
      out.add(judged(change, findings));
    }
    findings.forEach(
        (unit, finding) -> {
          if (finding.more().isPresent() && out.stream().noneMatch(c -> escalates(c, unit))) {
            out.add(added(unit, finding.more().get(), finding.moreWhen(), true, after));
          }
          if (finding.less().isPresent() && out.stream().noneMatch(c -> narrows(c, unit))) {
            out.add(added(unit, finding.less().get(), finding.lessWhen(), false, before));
          }
        });
    return out;
  }

  private static Change judged(
      Change change, Map<EffectiveAccess.Unit, EffectiveAccess.Finding> findings) {
    if (UNJUDGED.contains(change.kind())) {
      return change;
    }
    boolean escalation = change.severity().isAtLeast(Severity.ESCALATION);
    boolean narrowing = change.severity() == Severity.NARROWING;
    if (!escalation && !narrowing) {
      return change;
    }
    if (change.kind().concernsWholeRole()) {
      List<EffectiveAccess.Finding> ofRole =
          findings.entrySet().stream()
              .filter(e -> e.getKey().subject().equals(change.subject()))
              .map(Map.Entry::getValue)
              .toList();
      boolean exact = ofRole.stream().allMatch(EffectiveAccess.Finding::exact);
      boolean grants =
          escalation
              ? ofRole.stream().anyMatch(f -> f.more().isPresent())
              : ofRole.stream().anyMatch(f -> f.less().isPresent());
      return exact && !grants ? harmless(change, escalation) : change;
    }
    EffectiveAccess.Finding finding =
        findings.get(new EffectiveAccess.Unit(change.subject(), change.policy()));
    if (finding == null || !finding.exact()) {
      return change;
    }
    if (escalation && finding.more().isEmpty()) {
      return harmless(change, true);
    }
    if (narrowing && finding.less().isEmpty()) {
      return harmless(change, false);
    }
    return change;
  }

  private static Change harmless(Change change, boolean escalation) {
    return new Change(
        Severity.INFO,
        change.kind(),
        change.subject(),
        change.policy(),
        change.principal(),
        change.actions(),
        change.sentence()
            + (escalation
                ? "; grants nothing more by IAM's evaluation rules"
                : "; takes nothing away by IAM's evaluation rules"));
  }

  private static boolean escalates(Change change, EffectiveAccess.Unit unit) {
    return change.severity().isAtLeast(Severity.ESCALATION) && concerns(change, unit);
  }

  private static boolean narrows(Change change, EffectiveAccess.Unit unit) {
    return change.severity() == Severity.NARROWING && concerns(change, unit);
  }

  private static boolean concerns(Change change, EffectiveAccess.Unit unit) {
    return change.subject().equals(unit.subject())
        && (change.policy() == unit.kind() || change.kind().concernsWholeRole());
  }

  private static Change added(
      EffectiveAccess.Unit unit,
      AccessComparison.Request request,
      Optional<String> when,
      boolean more,
      PolicyInventory side) {
    List<Action> actions =
        side.statementsOf(unit.subject()).stream()
            .flatMap(s -> s.actions().stream())
            .filter(a -> a.name().equalsIgnoreCase(request.action()))
            .distinct()
            .limit(1)
            .toList();
    return new Change(
        more ? Severity.ESCALATION : Severity.NARROWING,
        more ? ChangeKind.ACCESS_WIDENED : ChangeKind.ACCESS_NARROWED,
        unit.subject(),
        unit.kind(),
        Principal.NONE,
        actions,
        (more ? "now allows " : "no longer allows ")
            // The catalog's spelling of the action, where the side names it.
            + actions.stream()
                .findFirst()
                .map(action -> request.describe(action.name()))
                .orElse(request.describe())
            + when.map(w -> " when " + w).orElse("")
            + (more
                ? ", which was not allowed before (IAM's evaluation rules)"
                : ", which was allowed before (IAM's evaluation rules)"));
  }
}

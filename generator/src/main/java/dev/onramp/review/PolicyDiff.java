package dev.onramp.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The semantic difference in access between two templates' inventories: the {@link Change}s, sorted
 * by subject, policy, principal and kind. Templates that grant the same access, however differently
 * written (reordered, reformatted, split across statements or managed policies, wildcards against
 * the list they expand to), have no changes.
 */
public record PolicyDiff(List<Change> changes) {

  public PolicyDiff {
    changes = changes.stream().sorted().toList();
  }

  public static PolicyDiff between(PolicyInventory before, PolicyInventory after) {
    List<Change> described = new ArrayList<>(FactsDiff.between(before, after));
    described.addAll(AccessDiff.between(before, after));
    return new PolicyDiff(
        Reconciliation.apply(described, EffectiveAccess.between(before, after), before, after));
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The most severe change's severity; {@link Severity#NONE} without changes. */
  public Severity classification() {
    return changes.stream().map(Change::severity).max(Enum::compareTo).orElse(Severity.NONE);
  }

  /**
   * Whether the change grants more, less, both or neither: more with any escalation (or critical)
   * change, less with any narrowing.
   */
  public AccessVerdict verdict() {
    boolean more = changes.stream().anyMatch(c -> c.severity().isAtLeast(Severity.ESCALATION));
    boolean less = changes.stream().anyMatch(c -> c.severity() == Severity.NARROWING);
    return AccessVerdict.of(more, less);
  }

  /** The changes of at least {@code severity}. */
  public List<Change> atLeast(Severity severity) {
    return changes.stream().filter(change -> change.severity().isAtLeast(severity)).toList();
  }

  /** One line per change, {@link Change#render()}, in order. */
  public List<String> render() {
    return changes.stream().map(Change::render).toList();
  }
}

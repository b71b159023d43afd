package dev.onramp.review.report;

import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import java.util.List;
import java.util.Objects;

/**
 * A blueprint compared with its baseline: its name, whether it is new, gone, changed or not, and
 * the difference in access.
 */
public record BlueprintDiff(String blueprint, Status status, PolicyDiff diff) {
  /** An inventory of nothing: what a blueprint had before it was added, or has after removal. */
  private static final PolicyInventory NOTHING =
      new PolicyInventory(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public enum Status {
    /** Not in the baseline: the diff is against an empty inventory, so everything is new. */
    ADDED,
    /** Only in the baseline: the diff is to an empty inventory, so everything is gone. */
    REMOVED,
    /** On both sides, with a difference in access. */
    CHANGED,
    /** On both sides with the same access, though its template may be written differently. */
    UNCHANGED
  }

  public BlueprintDiff {
    Objects.requireNonNull(blueprint, "blueprint");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(diff, "diff");
  }

  /** A blueprint the baseline does not have. */
  public static BlueprintDiff added(String blueprint, PolicyInventory now) {
    return new BlueprintDiff(blueprint, Status.ADDED, PolicyDiff.between(NOTHING, now));
  }

  /** A blueprint only the baseline has. */
  public static BlueprintDiff removed(String blueprint, PolicyInventory before) {
    return new BlueprintDiff(blueprint, Status.REMOVED, PolicyDiff.between(before, NOTHING));
  }

  /** A blueprint on both sides: {@link Status#CHANGED} exactly when its access differs. */
  public static BlueprintDiff compared(
      String blueprint, PolicyInventory before, PolicyInventory now) {
    PolicyDiff diff = PolicyDiff.between(before, now);
    return new BlueprintDiff(blueprint, diff.isEmpty() ? Status.UNCHANGED : Status.CHANGED, diff);
  }
}

package dev.onramp.review;

import java.util.Comparator;
import java.util.List;

/**
 * Where and when one action is granted: on which resources, under which IAM conditions, in which
 * template-condition branch. The unit the diff compares per action.
 */
record Scope(List<String> resources, ConditionSet conditions, Guard guard)
    implements Comparable<Scope> {

  private static final Comparator<Scope> ORDER =
      Comparator.comparing((Scope scope) -> scope.guard())
          .thenComparing(Scope::conditions)
          .thenComparing(scope -> scope.resources().toString());

  Scope {
    resources = List.copyOf(resources);
  }

  static Scope of(PolicyStatement statement) {
    return new Scope(statement.resources(), statement.conditions(), statement.guard());
  }

  /**
   * Whether this scope grants at least everywhere {@code other} does: its guard is implied by the
   * other's, its conditions are no stricter, and its resources cover the other's.
   */
  boolean covers(Scope other) {
    return guard.isImpliedBy(other.guard)
        && conditions.isImpliedBy(other.conditions)
        && ResourcePatterns.coversAll(resources, other.resources);
  }

  /** How alike two scopes are, to pair a scope before with its successor after. */
  int likeness(Scope other) {
    return (guard.equals(other.guard) ? 4 : 0)
        + (resources.equals(other.resources) ? 2 : 0)
        + (conditions.equals(other.conditions) ? 1 : 0);
  }

  String context() {
    return Sentences.context(resources, conditions, guard);
  }

  @Override
  public int compareTo(Scope other) {
    return ORDER.compare(this, other);
  }
}

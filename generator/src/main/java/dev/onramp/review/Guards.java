package dev.onramp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reduces the guards under which one and the same grant appears to the fewest that say the same: a
 * grant in both branches of an {@code Fn::If} applies always, and a grant that applies always needs
 * no narrower guard beside it. Without this, moving an action out of an {@code Fn::If} into the
 * plain list would read as a change.
 */
final class Guards {
  private Guards() {}

  static List<Guard> simplify(Set<Guard> guards) {
    if (guards.size() == 1) {
      return List.copyOf(guards);
    }
    TreeSet<Guard> current = new TreeSet<>(guards);
    boolean changed = true;
    while (changed) {
      changed = absorb(current) || resolveOnePair(current);
    }
    return List.copyOf(current);
  }

  /** Drops every guard implied by another one: {@code X and Y} adds nothing beside {@code X}. */
  private static boolean absorb(TreeSet<Guard> guards) {
    List<Guard> redundant = new ArrayList<>();
    for (Guard guard : guards) {
      for (Guard other : guards) {
        if (!other.equals(guard) && other.isImpliedBy(guard)) {
          redundant.add(guard);
          break;
        }
      }
    }
    return guards.removeAll(redundant);
  }

  /** Merges one pair {@code G and X}, {@code G and not X} into {@code G}, if there is one. */
  private static boolean resolveOnePair(TreeSet<Guard> guards) {
    for (Guard guard : guards) {
      for (Guard.Literal literal : guard.literals()) {
        List<Guard.Literal> rest = new ArrayList<>(guard.literals());
        rest.remove(literal);
        List<Guard.Literal> twin = new ArrayList<>(rest);
        twin.add(new Guard.Literal(literal.condition(), !literal.holds()));
        Guard other = new Guard(twin);
        if (guards.contains(other)) {
          guards.remove(guard);
          guards.remove(other);
          guards.add(new Guard(rest));
          return true;
        }
      }
    }
    return false;
  }
}

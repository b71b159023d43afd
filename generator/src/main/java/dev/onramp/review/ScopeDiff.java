package dev.onramp.review;

import dev.onramp.iam.Effect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the scopes one action has before and after, and says what changed as {@link Delta}s: a
 * scope gained, a scope lost, or a scope that became another (paired by likeness, so that a
 * narrowed resource reads as one change rather than a removal and an addition). A scope that some
 * scope on the other side covers is no change in access, so {@code *} replacing {@code [*, arn:…]}
 * or a second, narrower scope beside a wide one is not reported.
 */
final class ScopeDiff {
  private ScopeDiff() {}

  /**
   * A difference for one action. {@code before} or {@code after} is null for a scope gained or
   * lost. {@code escalates} says whether the difference lets more through: for an Allow a scope
   * after that nothing before covers; for a Deny a scope before that nothing after covers.
   */
  record Delta(Scope before, Scope after, boolean escalates) {}

  static List<Delta> between(Set<Scope> before, Set<Scope> after, Effect effect) {
    if (before.equals(after)) {
      return List.of();
    }
    List<Scope> onlyBefore = before.stream().filter(s -> !after.contains(s)).sorted().toList();
    List<Scope> onlyAfter = after.stream().filter(s -> !before.contains(s)).sorted().toList();
    Set<Scope> uncoveredBefore = uncovered(onlyBefore, after);
    Set<Scope> uncoveredAfter = uncovered(onlyAfter, before);
    if (uncoveredBefore.isEmpty() && uncoveredAfter.isEmpty()) {
      return List.of();
    }

    List<Delta> deltas = new ArrayList<>();
    Set<Scope> pairedBefore = new HashSet<>();
    Set<Scope> pairedAfter = new HashSet<>();
    for (Pair pair : pairs(onlyBefore, onlyAfter)) {
      if (pairedBefore.contains(pair.before()) || pairedAfter.contains(pair.after())) {
        continue;
      }
      boolean widens = uncoveredAfter.contains(pair.after());
      boolean narrows = uncoveredBefore.contains(pair.before());
      if (!widens && !narrows) {
        continue;
      }
      pairedBefore.add(pair.before());
      pairedAfter.add(pair.after());
      deltas.add(new Delta(pair.before(), pair.after(), effect == Effect.ALLOW ? widens : narrows));
    }
    for (Scope scope : uncoveredAfter) {
      if (!pairedAfter.contains(scope)) {
        deltas.add(new Delta(null, scope, effect == Effect.ALLOW));
      }
    }
    for (Scope scope : uncoveredBefore) {
      if (!pairedBefore.contains(scope)) {
        deltas.add(new Delta(scope, null, effect == Effect.DENY));
      }
    }
    return deltas;
  }

  /** The scopes of {@code scopes} that no scope of {@code other} covers, in order. */
  private static Set<Scope> uncovered(List<Scope> scopes, Set<Scope> other) {
    Set<Scope> out = new TreeSet<>();
    for (Scope scope : scopes) {
      if (other.stream().noneMatch(o -> o.covers(scope))) {
        out.add(scope);
      }
    }
    return out;
  }

  /** Every pairing of a lost with a gained scope, the most alike first, ties in scope order. */
  private static List<Pair> pairs(List<Scope> onlyBefore, List<Scope> onlyAfter) {
    List<Pair> pairs = new ArrayList<>();
    for (Scope b : onlyBefore) {
      for (Scope a : onlyAfter) {
        pairs.add(new Pair(b, a, b.likeness(a)));
      }
    }
    pairs.sort(
        Comparator.comparingInt(Pair::likeness)
            .reversed()
            .thenComparing(Pair::before)
            .thenComparing(Pair::after));
    return pairs;
  }

  private record Pair(Scope before, Scope after, int likeness) {}
}

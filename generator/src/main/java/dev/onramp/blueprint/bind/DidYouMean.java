package dev.onramp.blueprint.bind;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean …" hints. */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerTyped = typed.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lowerTyped, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int tolerance = Math.max(2, typed.length() / 3);
    return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Up to {@code limit} known names closest to {@code typed}, nearest first (ties by name), within
   * the same tolerance as {@link #closest}.
   */
  public static java.util.List<String> nearest(String typed, Collection<String> known, int limit) {
    String lowerTyped = typed.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(2, typed.length() / 3);
    record Scored(String name, int distance) {}
    return known.stream()
        .map(name -> new Scored(name, distance(lowerTyped, name.toLowerCase(Locale.ROOT))))
        .filter(scored -> scored.distance() <= tolerance)
        .sorted(java.util.Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** A hint naming the closest candidate, or listing all of them when none is close. */
  public static String hint(String typed, Collection<String> known) {
    return closest(typed, known)
        .map(name -> "did you mean '" + name + "'?")
        .orElseGet(() -> "use one of: " + String.join(", ", known.stream().sorted().toList()));
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

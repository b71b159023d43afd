package dev.onramp.review;

import dev.onramp.iam.AccessLevel;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One IAM action a policy grants or denies, in AWS's spelling with its access levels from the
 * catalog; or an action pattern the catalog matches nothing with, kept lower-cased (IAM ignores
 * case) and {@linkplain #known() unknown}, so that a typo or an action newer than the catalog stays
 * visible instead of vanishing.
 */
public record Action(String name, Set<AccessLevel> levels, boolean known)
    implements Comparable<Action> {

  /** The order reviewers read levels in: the ones that can change access first. */
  static final List<AccessLevel> LEVEL_ORDER =
      List.of(
          AccessLevel.PERMISSIONS_MANAGEMENT,
          AccessLevel.WRITE,
          AccessLevel.TAGGING,
          AccessLevel.READ,
          AccessLevel.LIST);

  private static final Comparator<Action> ORDER =
      Comparator.comparing(Action::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Action::name);

  public Action {
    levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
  }

  static Action unknown(String pattern) {
    return new Action(pattern.toLowerCase(java.util.Locale.ROOT), Set.of(), false);
  }

  /** {@code Write}, {@code Permissions management/Write}, or {@code unknown}. */
  public String levelLabel() {
    if (!known) {
      return "unknown to the catalog";
    }
    return LEVEL_ORDER.stream()
        .filter(levels::contains)
        .map(AccessLevel::label)
        .collect(Collectors.joining("/"));
  }

  /** Where the label sorts among others: the most powerful level first, unknown before all. */
  int levelRank() {
    if (!known) {
      return -1;
    }
    for (int i = 0; i < LEVEL_ORDER.size(); i++) {
      if (levels.contains(LEVEL_ORDER.get(i))) {
        return i;
      }
    }
    return LEVEL_ORDER.size();
  }

  public boolean managesPermissions() {
    return levels.contains(AccessLevel.PERMISSIONS_MANAGEMENT);
  }

  @Override
  public int compareTo(Action other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return name + " (" + levelLabel() + ")";
  }
}

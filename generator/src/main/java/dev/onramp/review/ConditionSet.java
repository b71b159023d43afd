package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tests of one statement's {@code Condition} block, all of which must pass: sorted, so that the
 * order they were written in does not matter.
 */
public record ConditionSet(List<Condition> conditions) implements Comparable<ConditionSet> {
  public static final ConditionSet NONE = new ConditionSet(List.of());

  public ConditionSet {
    conditions = List.copyOf(new TreeSet<>(conditions));
  }

  /**
   * The tests of a resolved {@code Condition} block (operator to key to value or values). A value
   * that is not a map is kept as one test of key {@code ?} so that it still compares.
   */
  static ConditionSet of(Object block) {
    if (!(block instanceof Map<?, ?> operators)) {
      return block == null ? NONE : new ConditionSet(List.of(invalid(block)));
    }
    List<Condition> conditions = new ArrayList<>();
    operators.forEach(
        (operator, tests) -> {
          if (tests instanceof Map<?, ?> keys) {
            keys.forEach(
                (key, value) ->
                    conditions.add(
                        Condition.of(String.valueOf(operator), String.valueOf(key), texts(value))));
          } else {
            conditions.add(Condition.of(String.valueOf(operator), "?", texts(tests)));
          }
        });
    return new ConditionSet(conditions);
  }

  private static Condition invalid(Object block) {
    return Condition.of("?", "?", List.of(CanonicalText.of(block)));
  }

  private static List<String> texts(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalText::of).toList();
    }
    return List.of(CanonicalText.of(value));
  }

  public boolean isEmpty() {
    return conditions.isEmpty();
  }

  /** Whether a test of {@code key} (lower-case) is among them, under any operator. */
  public boolean tests(String key) {
    return conditions.stream().anyMatch(condition -> condition.key().equals(key));
  }

  /**
   * Whether every request {@code other} lets through, these tests let through too: each of these
   * tests has a test in {@code other} that is at least as strict. {@code other} may test more.
   */
  public boolean isImpliedBy(ConditionSet other) {
    for (Condition mine : conditions) {
      if (other.conditions.stream().noneMatch(theirs -> theirs.isNarrowerOrEqual(mine))) {
        return false;
      }
    }
    return true;
  }

  /** The tests here that {@code other} lacks. */
  List<Condition> without(ConditionSet other) {
    return conditions.stream().filter(c -> !other.conditions.contains(c)).toList();
  }

  @Override
  public int compareTo(ConditionSet other) {
    return Lists.compare(conditions, other.conditions, Comparator.naturalOrder());
  }

  /** The tests joined by {@code and}; empty when there are none. */
  @Override
  public String toString() {
    return conditions.stream().map(Condition::toString).collect(Collectors.joining(" and "));
  }
}

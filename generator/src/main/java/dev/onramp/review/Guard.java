package dev.onramp.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The template conditions under which a policy applies: a conjunction of named CloudFormation
 * conditions, each required true or false. The empty guard applies always. A resource's {@code
 * Condition} adds a true literal; the branches of an {@code Fn::If} add the condition true (first
 * branch) or false (second). Literals are sorted, so equal guards are equal records.
 */
public record Guard(List<Literal> literals) implements Comparable<Guard> {
  /** By condition name, a condition required true before the same required false. */
  private static final Comparator<Literal> LITERAL_ORDER =
      Comparator.comparing(Literal::condition)
          .thenComparing(Literal::holds, Comparator.reverseOrder());

  // After LITERAL_ORDER, which the constructor needs during class initialization.
  public static final Guard ALWAYS = new Guard(List.of());

  public Guard {
    literals = literals.stream().sorted(LITERAL_ORDER).distinct().toList();
  }

  /** One named condition, required to be true ({@code holds}) or false. */
  public record Literal(String condition, boolean holds) {
    Literal negated() {
      return new Literal(condition, !holds);
    }

    @Override
    public String toString() {
      return holds ? condition : "not " + condition;
    }
  }

  public boolean isAlways() {
    return literals.isEmpty();
  }

  /** This guard and {@code literal}; empty when they contradict (the branch can never apply). */
  public Optional<Guard> and(Literal literal) {
    if (literals.contains(literal.negated())) {
      return Optional.empty();
    }
    List<Literal> more = new ArrayList<>(literals);
    more.add(literal);
    return Optional.of(new Guard(more));
  }

  /** Both guards at once; empty when they contradict. */
  public Optional<Guard> and(Guard other) {
    Optional<Guard> result = Optional.of(this);
    for (Literal literal : other.literals) {
      result = result.flatMap(guard -> guard.and(literal));
    }
    return result;
  }

  /**
   * Whether this guard holds whenever {@code other} does, judged by the literals alone (no
   * condition's definition is evaluated): {@code HasX} is implied by {@code HasX and IsY}.
   */
  public boolean isImpliedBy(Guard other) {
    return other.literals.containsAll(literals);
  }

  @Override
  public int compareTo(Guard other) {
    return Lists.compare(literals, other.literals, LITERAL_ORDER);
  }

  /** {@code always}, or {@code HasBoundary and not IsChina}. */
  @Override
  public String toString() {
    return literals.isEmpty()
        ? "always"
        : literals.stream().map(Literal::toString).collect(Collectors.joining(" and "));
  }
}

package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardsTest {
  private static Guard guard(String... literals) {
    Guard guard = Guard.ALWAYS;
    for (String literal : literals) {
      boolean negated = literal.startsWith("!");
      guard =
          guard.and(new Guard.Literal(negated ? literal.substring(1) : literal, !negated)).get();
    }
    return guard;
  }

  @Test
  void bothBranchesOfAnIfMeanAlways() {
    assertThat(Guards.simplify(Set.of(guard("C"), guard("!C")))).containsExactly(Guard.ALWAYS);
  }

  @Test
  void aNarrowerGuardBesideAWiderOneAddsNothing() {
    assertThat(Guards.simplify(Set.of(guard("C", "D"), guard("C")))).containsExactly(guard("C"));
  }

  @Test
  void resolvesStepByStep() {
    assertThat(Guards.simplify(Set.of(guard("C", "D"), guard("C", "!D"), guard("!C"))))
        .containsExactly(Guard.ALWAYS);
    assertThat(Guards.simplify(Set.of(guard("C", "D"), guard("!C", "E"))))
        .containsExactly(guard("C", "D"), guard("!C", "E"));
  }

  @Test
  void contradictionsHaveNoGuard() {
    assertThat(guard("C").and(new Guard.Literal("C", false))).isEmpty();
    assertThat(guard("C").and(guard("D", "!C"))).isEmpty();
  }

  @Test
  void impliedMeansFewerLiterals() {
    assertThat(guard("C").isImpliedBy(guard("C", "D"))).isTrue();
    assertThat(guard("C", "D").isImpliedBy(guard("C"))).isFalse();
    assertThat(Guard.ALWAYS.isImpliedBy(guard("!C"))).isTrue();
    assertThat(guard("!D", "C")).hasToString("C and not D");
    assertThat(new Guard(List.of())).hasToString("always");
  }
}

package dev.onramp.compile.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConjunctionTest {
  private TemplateBuilder template;
  private String connect;
  private String audit;

  @BeforeEach
  void twoSwitches() {
    template = Fixtures.template(Fixtures.context(new Diagnostics()));
    connect = SwitchCondition.add(template, Fixtures.CONNECT);
    audit = SwitchCondition.add(template, Fixtures.AUDIT);
  }

  @Test
  void alwaysAndAConditionIsTheCondition() {
    assertThat(Conjunction.of(template, null, connect)).isEqualTo(connect);
    assertThat(Conjunction.of(template, connect, null)).isEqualTo(connect);
    assertThat(Conjunction.of(template, null, null)).isNull();
    assertThat(Conjunction.of(template, connect, connect)).isEqualTo(connect);
  }

  @Test
  void twoConditionsMakeANamedAnd() {
    String both = Conjunction.of(template, connect, audit);

    assertThat(both).isEqualTo("ConnectIsYesAndAuditIsTrue");
    assertThat(template.conditions().get(both))
        .isEqualTo(new Fn.And(List.of(new Fn.ConditionRef(connect), new Fn.ConditionRef(audit))));
    assertThat(Conjunction.of(template, both, audit)).isEqualTo(both);
  }

  @Test
  void aConjunctionImpliesItsPartsButNotTheOtherWayRound() {
    String both = Conjunction.of(template, connect, audit);

    assertThat(Conjunction.implies(template.conditions(), both, connect)).isTrue();
    assertThat(Conjunction.implies(template.conditions(), both, audit)).isTrue();
    assertThat(Conjunction.implies(template.conditions(), connect, both)).isFalse();
    assertThat(Conjunction.implies(template.conditions(), null, connect)).isFalse();
    assertThat(Conjunction.implies(template.conditions(), connect, null)).isTrue();
  }

  @Test
  void anAndOfASwitchAndATestImpliesTheSwitch() {
    // The shape of a management-account copy's conditions: the switch and the member's own test.
    template.condition(
        "CopyIsOn",
        new Fn.And(List.of(new Fn.ConditionRef(connect), new Fn.Equals(Fn.ref("Audit"), "true"))));

    assertThat(Conjunction.implies(template.conditions(), "CopyIsOn", connect)).isTrue();
    assertThat(Conjunction.implies(template.conditions(), connect, "CopyIsOn")).isFalse();
  }

  @Test
  void theElseBranchOfAConditionHoldsItsNegations() {
    Object connectExpression = template.conditions().get(connect);
    template.condition("ConnectIsOff", new Fn.Not(connectExpression));
    template.condition("ConnectIsNotOn", new Fn.Not(new Fn.ConditionRef(connect)));

    assertThat(Conjunction.atomsOfElse(template.conditions(), java.util.Set.of(), connect))
        .containsExactlyInAnyOrder("ConnectIsOff", "ConnectIsNotOn");
    assertThat(Conjunction.atomsOfElse(template.conditions(), java.util.Set.of(), audit)).isEmpty();
  }
}

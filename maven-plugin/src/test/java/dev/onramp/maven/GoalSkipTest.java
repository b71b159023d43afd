package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalSkipTest {

  @Test
  void aGoalRunsUnlessOneOfItsTwoSwitchesIsOn() {
    assertThat(new GoalSkip("validate", false, false).skippedBy()).isEmpty();
  }

  @Test
  void itsOwnPropertySkipsOnlyThatGoal() {
    assertThat(new GoalSkip("validate", false, true).skippedBy()).contains("cfn.validate.skip");
    assertThat(new GoalSkip("generate", false, true).property()).isEqualTo("cfn.generate.skip");
  }

  @Test
  void cfnSkipSkipsEveryGoalAndIsNamedFirst() {
    assertThat(new GoalSkip("publish", true, false).skippedBy()).contains("cfn.skip");
    assertThat(new GoalSkip("publish", true, true).skippedBy()).contains("cfn.skip");
  }
}

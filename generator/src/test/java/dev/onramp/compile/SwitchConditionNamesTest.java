package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.section.SwitchCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A switch outside {@code compile} (a raw resource's) names its condition as the roles' switches
 * do, so the same switch on both shares one condition.
 */
class SwitchConditionNamesTest {

  @Test
  void theNameIsTheRolesSwitchConditionName() {
    for (Switch when :
        List.of(
            new Switch("ForwardEvents", "true", null),
            new Switch("EnableCur", "Yes", null),
            new Switch("AccessLevel", null, List.of("resources-and-tags", "tag-write-back")),
            new Switch("Tier", "2nd tier", null))) {
      assertThat(SwitchCondition.of(when).name())
          .isEqualTo(LogicalIds.switchCondition(when.parameter(), when.values()));
      assertThat(SwitchCondition.of(when).expression()).isEqualTo(expression(when));
    }
  }

  private static Object expression(Switch when) {
    SwitchConditions conditions = new SwitchConditions();
    return conditions.all().get(conditions.conditionFor(when));
  }
}

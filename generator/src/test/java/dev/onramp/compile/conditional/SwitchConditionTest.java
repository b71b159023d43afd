package dev.onramp.compile.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Fn;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchConditionTest {

  @Test
  void aYesNoSwitchIsNamedAfterItsParameterAndValue() {
    assertThat(SwitchCondition.name(new Switch("EnableCur", "Yes", null)))
        .isEqualTo("EnableCurIsYes");
    assertThat(SwitchCondition.expression(new Switch("EnableCur", "Yes", null)))
        .isEqualTo(new Fn.Equals(Fn.ref("EnableCur"), "Yes"));
  }

  @Test
  void severalValuesAreAnOrOfEqualities() {
    Switch when = new Switch("AccessLevel", null, List.of("resources-and-tags", "tag-write-back"));

    assertThat(SwitchCondition.name(when)).isEqualTo("AccessLevelInResourcesAndTagsOrTagWriteBack");
    assertThat(SwitchCondition.expression(when))
        .isEqualTo(
            new Fn.Or(
                List.of(
                    new Fn.Equals(Fn.ref("AccessLevel"), "resources-and-tags"),
                    new Fn.Equals(Fn.ref("AccessLevel"), "tag-write-back"))));
  }

  @Test
  void aValueStartingWithADigitStillMakesALogicalId() {
    assertThat(SwitchCondition.name(new Switch("Tier", "2-premium", null)))
        .isEqualTo("TierIsV2Premium");
  }

  @Test
  void addingTheSameSwitchTwiceKeepsOneCondition() {
    var template = Fixtures.template(Fixtures.context(new dev.onramp.diagnostic.Diagnostics()));

    SwitchCondition.add(template, Fixtures.CONNECT);
    SwitchCondition.add(template, Fixtures.CONNECT);

    assertThat(template.conditions()).containsOnlyKeys("ConnectIsYes");
  }
}

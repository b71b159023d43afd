package dev.onramp.compile.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SwitchedScopeTest {
  private TemplateBuilder template;

  @BeforeEach
  void aRoleBeforeTheScope() {
    template = Fixtures.template(Fixtures.context(new Diagnostics()));
    template.resource("Before", Fixtures.role(), null);
    template.output("BeforeArn", new Template.Output("", Fn.getAtt("Before", "Arn"), null, null));
  }

  @Test
  void whatIsAddedInsideTheScopeIsSwitchedAndWhatWasThereStays() {
    SwitchedScope scope = SwitchedScope.open(template, Fixtures.CONNECT);
    template.resource("Inside", Fixtures.role(), null);
    template.output("InsideArn", new Template.Output("", Fn.getAtt("Inside", "Arn"), null, null));
    scope.close();

    assertThat(template.resources().get("Inside").condition()).isEqualTo("ConnectIsYes");
    assertThat(template.outputs().get("InsideArn").condition()).isEqualTo("ConnectIsYes");
    assertThat(template.resources().get("Before").condition()).isNull();
    assertThat(template.outputs().get("BeforeArn").condition()).isNull();
    assertThat(template.resources()).containsKeys("Before", "Inside");
    assertThat(template.conditions())
        .containsEntry("ConnectIsYes", new Fn.Equals(Fn.ref("Connect"), "Yes"));
  }

  @Test
  void aResourceWithAConditionOfItsOwnGetsTheConjunction() {
    String audit = SwitchCondition.add(template, Fixtures.AUDIT);
    SwitchedScope scope = SwitchedScope.open(template, Fixtures.CONNECT);
    template.resource("Inside", Fixtures.role().withCondition(audit), null);
    scope.close();

    assertThat(template.resources().get("Inside").condition())
        .isEqualTo("ConnectIsYesAndAuditIsTrue");
  }

  @Test
  void aRuleAddedInsideHoldsWheneverTheSwitchIsOff() {
    Object test = new Fn.Equals(Fn.ref("AWS::Region"), "us-east-1");
    SwitchedScope scope = SwitchedScope.open(template, Fixtures.CONNECT);
    template.rule(
        "InUsEast1",
        Map.of("Assertions", List.of(Map.of("Assert", test, "AssertDescription", "us-east-1"))));
    scope.close();

    Map<?, ?> rule = (Map<?, ?>) template.rules().get("InUsEast1");
    Map<?, ?> assertion = (Map<?, ?>) ((List<?>) rule.get("Assertions")).get(0);
    assertThat(assertion.get("Assert"))
        .isEqualTo(new Fn.Or(List.of(new Fn.Not(new Fn.Equals(Fn.ref("Connect"), "Yes")), test)));
    assertThat(assertion.get("AssertDescription")).isEqualTo("us-east-1");
  }

  @Test
  void withoutASwitchNothingChanges() {
    SwitchedScope scope = SwitchedScope.open(template, null);
    template.resource("Inside", Fixtures.role(), null);
    scope.close();

    assertThat(template.resources().get("Inside").condition()).isNull();
    assertThat(template.conditions()).isEmpty();
  }
}

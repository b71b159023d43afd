package dev.onramp.compile.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConditionalDependencyTest {
  private TemplateBuilder template;
  private String connect;

  @BeforeEach
  void aSwitchedRole() {
    template = Fixtures.template(Fixtures.context(new Diagnostics()));
    connect = SwitchCondition.add(template, Fixtures.CONNECT);
    template.resource("AlwaysRole", Fixtures.role(), null);
    template.resource("SwitchedRole", Fixtures.role().withCondition(connect), null);
  }

  @Test
  void aResourceThatAlwaysExistsIsDependedOnDirectly() {
    assertThat(ConditionalDependency.on(template, null, "AlwaysRole")).isEqualTo("AlwaysRole");
    assertThat(ConditionalDependency.on(template, connect, "AlwaysRole")).isEqualTo("AlwaysRole");
  }

  @Test
  void aDependentUnderTheSameSwitchDependsOnItDirectly() {
    assertThat(ConditionalDependency.on(template, connect, "SwitchedRole"))
        .isEqualTo("SwitchedRole");
    assertThat(template.resources()).doesNotContainKey("SwitchedRoleWaitHandle");
  }

  @Test
  void anAlwaysCreatedDependentWaitsOnAHandleThatRefersToTheSwitchedResourceInsideFnIf() {
    String dependency = ConditionalDependency.on(template, null, "SwitchedRole");

    assertThat(dependency).isEqualTo("SwitchedRoleWaitHandle");
    Template.Resource handle = template.resources().get(dependency);
    assertThat(handle.type()).isEqualTo("AWS::CloudFormation::WaitConditionHandle");
    assertThat(handle.condition()).isNull();
    assertThat(handle.metadata())
        .isEqualTo(Map.of("WaitOn", Fn.ifThen(connect, Fn.ref("SwitchedRole"), "")));
    assertThat(handle.properties()).isEmpty();
  }

  @Test
  void twoDependentsShareOneHandle() {
    ConditionalDependency.on(template, null, "SwitchedRole");
    int resources = template.resources().size();

    assertThat(ConditionalDependency.on(template, null, "SwitchedRole"))
        .isEqualTo("SwitchedRoleWaitHandle");
    assertThat(template.resources()).hasSize(resources);
  }
}

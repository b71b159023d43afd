package dev.onramp.compile.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SwitchedReferencesTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private SectionContext context;
  private TemplateBuilder template;
  private String connect;

  @BeforeEach
  void anAlwaysCreatedRoleAndASwitchedOne() {
    context = Fixtures.context(diagnostics);
    template = Fixtures.template(context);
    connect = SwitchCondition.add(template, Fixtures.CONNECT);
    template.resource("AlwaysRole", Fixtures.role(), context.source().at("roles[0]"));
    template.resource(
        "SwitchedRole", Fixtures.role().withCondition(connect), context.source().at("roles[0]"));
  }

  @Test
  void aTemplateWithoutSwitchedResourcesStaysAsItWas() {
    TemplateBuilder plain = Fixtures.template(context);
    plain.resource("AlwaysRole", Fixtures.role(), null);
    plain.resource("AlwaysRolePolicy", Fixtures.policyOf("AlwaysRole"), null);

    SwitchedReferences.apply(context, plain);

    assertThat(plain.resources()).containsOnlyKeys("AlwaysRole", "AlwaysRolePolicy");
    assertThat(plain.conditions()).isEmpty();
  }

  @Test
  void aPolicyAttachedToASwitchedRoleIsSwitchedWithIt() {
    template.resource("SwitchedRolePolicy", Fixtures.policyOf("SwitchedRole"), null);
    template.resource("AlwaysRolePolicy", Fixtures.policyOf("AlwaysRole"), null);

    SwitchedReferences.apply(context, template);

    assertThat(template.resources().get("SwitchedRolePolicy").condition()).isEqualTo(connect);
    assertThat(template.resources().get("AlwaysRolePolicy").condition()).isNull();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aCustomResourceSendsASwitchedValueInsideFnIf() {
    template.resource(
        "Registration",
        Template.Resource.of(
            "Custom::Registration",
            Map.of(
                "RoleArn", Fn.getAtt("SwitchedRole", "Arn"),
                "Other", Fn.getAtt("AlwaysRole", "Arn"))),
        null);

    SwitchedReferences.apply(context, template);

    Map<String, Object> properties = template.resources().get("Registration").properties();
    assertThat(properties.get("RoleArn"))
        .isEqualTo(Fn.ifThen(connect, Fn.getAtt("SwitchedRole", "Arn"), Fn.noValue()));
    assertThat(properties.get("Other")).isEqualTo(Fn.getAtt("AlwaysRole", "Arn"));
  }

  @Test
  void aReferenceAlreadyInsideAnFnIfOnTheSwitchIsSafe() {
    Object guarded = Fn.ifThen(connect, Fn.ref("SwitchedRole"), Fn.noValue());
    template.resource(
        "Bucket", Template.Resource.of("AWS::S3::Bucket", Map.of("Tag", guarded)), null);

    SwitchedReferences.apply(context, template);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(template.resources().get("Bucket").properties().get("Tag")).isEqualTo(guarded);
  }

  @Test
  void anyOtherAlwaysCreatedResourceReferringToASwitchedOneIsALocatedError() {
    template.resource(
        "Topic",
        Template.Resource.of(
            "AWS::SNS::Topic", Map.of("DisplayName", Fn.sub("${SwitchedRole.Arn}-topic"))),
        context.source().at("roles[0]"));

    SwitchedReferences.apply(context, template);

    List<Diagnostic> errors = diagnostics.sorted();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).code()).isEqualTo(DiagnosticCode.SWITCHED_REFERENCE);
    assertThat(errors.get(0).message())
        .isEqualTo(
            "Topic is created always but refers to SwitchedRole, which exists only under"
                + " condition ConnectIsYes");
    assertThat(errors.get(0).location().line()).isPositive();
  }

  @Test
  void aDependsOnASwitchedResourceWaitsOnAHandle() {
    template.resource(
        "Queue",
        new Template.Resource(
            "AWS::SQS::Queue",
            null,
            List.of("SwitchedRole", "AlwaysRole"),
            null,
            null,
            null,
            Map.of()),
        null);

    SwitchedReferences.apply(context, template);

    assertThat(template.resources().get("Queue").dependsOn())
        .containsExactly("SwitchedRoleWaitHandle", "AlwaysRole");
    assertThat(template.resources()).containsKey("SwitchedRoleWaitHandle");
  }

  @Test
  void anOutputOfASwitchedResourceIsShownUnderItsCondition() {
    template.output(
        "RoleArn", new Template.Output("", Fn.getAtt("SwitchedRole", "Arn"), null, null));
    template.output("Other", new Template.Output("", Fn.getAtt("AlwaysRole", "Arn"), null, null));

    SwitchedReferences.apply(context, template);

    assertThat(template.outputs().get("RoleArn").condition()).isEqualTo(connect);
    assertThat(template.outputs().get("Other").condition()).isNull();
  }

  @Test
  void aTemplateWhoseEveryResourceIsSwitchedKeepsOneThatIsNot() {
    TemplateBuilder switched = Fixtures.template(context);
    switched.resource("SwitchedRole", Fixtures.role().withCondition(connect), null);

    SwitchedReferences.apply(context, switched);

    assertThat(switched.resources()).containsKey(SwitchedReferences.PLACEHOLDER);
    Template.Resource placeholder = switched.resources().get(SwitchedReferences.PLACEHOLDER);
    assertThat(placeholder.type()).isEqualTo("AWS::CloudFormation::WaitConditionHandle");
    assertThat(placeholder.condition()).isNull();
  }

  @Test
  void aTemplateWithOneAlwaysCreatedResourceNeedsNoPlaceholder() {
    SwitchedReferences.apply(context, template);

    assertThat(template.resources()).doesNotContainKey(SwitchedReferences.PLACEHOLDER);
  }
}

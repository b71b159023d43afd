package dev.onramp.compile.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the golden raw-* scenarios do not show of the {@code resources} section. */
class RawResourcesSectionTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {accountId: "111122223333", principal: account-root}
      parameters:
        - {name: Forward, type: Boolean, default: "true"}
      roles:
        - id: VendorRole
          policySets: [read-only]
      """;

  private static CompiledTemplate compile(String yaml) throws BlueprintException {
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0);
  }

  private static List<String> errors(String yaml) {
    BlueprintException failure = assertThrows(BlueprintException.class, () -> compile(yaml));
    return failure.errors().stream()
        .map(d -> d.code().id() + " at " + d.location().yamlPath() + ": " + d.message())
        .toList();
  }

  @Test
  void aSwitchBecomesAConditionOthersMayNameAndTypedValuesStayTyped() throws BlueprintException {
    CompiledTemplate compiled =
        compile(
            HEAD
                + """
                resources:
                  Alerts:
                    type: AWS::SNS::Topic
                    when: {parameter: Forward, equals: "true"}
                    dependsOn: VendorRole
                    deletionPolicy: Retain
                    properties:
                      FifoTopic: false
                      DisplayName: "30"
                      Tags: [{Key: role, Value: {Fn::GetAtt: [VendorRole, Arn]}}]
                  Queue:
                    type: AWS::SQS::Queue
                    condition: ForwardIsTrue
                    properties: {DelaySeconds: 30}
                """);

    Template.Resource alerts = compiled.template().resources().get("Alerts");
    assertThat(alerts.condition()).isEqualTo("ForwardIsTrue");
    assertThat(alerts.dependsOn()).containsExactly("VendorRole");
    assertThat(alerts.deletionPolicy()).isEqualTo("Retain");
    assertThat(alerts.properties().get("FifoTopic")).isEqualTo(false);
    assertThat(alerts.properties().get("DisplayName")).isEqualTo("30");
    assertThat(alerts.properties().get("Tags"))
        .isEqualTo(
            List.of(java.util.Map.of("Key", "role", "Value", Fn.getAtt("VendorRole", "Arn"))));
    assertThat(compiled.template().resources().get("Queue").properties().get("DelaySeconds"))
        .isEqualTo(30);
    assertThat(compiled.template().conditions()).containsOnlyKeys("ForwardIsTrue");
    assertThat(compiled.facts().rawResources())
        .containsExactly(
            new TemplateFacts.RawResource("Alerts", "AWS::SNS::Topic", false, false),
            new TemplateFacts.RawResource("Queue", "AWS::SQS::Queue", false, false));
    assertThat(compiled.originOf("Alerts")).get().extracting(o -> o.line()).isEqualTo(11);
  }

  @Test
  void aBlueprintWithoutRawResourcesHasNoneInItsFacts() throws BlueprintException {
    assertThat(compile(HEAD).facts().rawResources()).isEmpty();
  }

  @Test
  void theVendorTrustedWithItsExternalIdPassesAndAnAccountOwnRoleNeedsNone()
      throws BlueprintException {
    CompiledTemplate compiled =
        compile(
            HEAD
                + """
                resources:
                  ScannerRole:
                    type: AWS::IAM::Role
                    properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: {AWS: {Fn::Sub: "arn:${AWS::Partition}:iam::111122223333:root"}}
                            Action: sts:AssumeRole
                            Condition: {StringEquals: {sts:ExternalId: {Ref: ExternalId}}}
                          - Effect: Allow
                            Principal: {AWS: {Ref: AWS::AccountId}}
                            Action: sts:AssumeRole
                """);

    assertThat(compiled.facts().rawResources())
        .containsExactly(
            new TemplateFacts.RawResource("ScannerRole", "AWS::IAM::Role", true, false));
  }

  @Test
  void anAttributeOfAParameterAndASelfReferenceAreRefused() {
    assertThat(
            errors(
                HEAD
                    + """
                    resources:
                      Alerts:
                        type: AWS::SNS::Topic
                        dependsOn: [Alerts]
                        properties:
                          DisplayName: {Fn::GetAtt: [Forward, Value]}
                    """))
        .containsExactly(
            "ONR227 at resources.Alerts.dependsOn: dependsOn names 'Alerts', which is not another"
                + " resource of the template (a resource cannot refer to itself)",
            "ONR227 at resources.Alerts.properties.DisplayName.Fn::GetAtt: Fn::GetAtt names"
                + " 'Forward', which is not another resource of the template");
  }

  @Test
  void aSwitchValueTheParameterDoesNotAllowIsRefused() {
    assertThat(
            errors(
                HEAD.replace("type: Boolean, ", "allowedValues: [\"true\", \"false\"], ")
                    + """
                    resources:
                      Alerts:
                        type: AWS::SNS::Topic
                        when: {parameter: Forward, equals: "yes"}
                    """))
        .containsExactly(
            "ONR226 at resources.Alerts.when.equals: 'yes' is not an allowed value of parameter"
                + " 'Forward'");
  }
}

package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.GoldenTemplates;
import dev.onramp.template.TemplateReader;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PolicyDiffTest {
  private static PolicyInventory inventory(String text) {
    return PolicyInventory.of(TemplateReader.read(text), ActionCatalog.bundled());
  }

  private static PolicyDiff diff(String before, String after) {
    return PolicyDiff.between(inventory(before), inventory(after));
  }

  private static String golden(String scenario) {
    return GoldenTemplates.yaml().stream()
        .filter(p -> GoldenTemplates.name(p).equals(scenario + "/expected/template.yaml"))
        .map(GoldenTemplates::read)
        .findFirst()
        .orElseThrow();
  }

  @TestFactory
  Stream<DynamicTest> goldenTemplatesDoNotDifferFromThemselvesOrTheirJsonTwin() {
    return GoldenTemplates.yaml().stream()
        .map(
            yaml ->
                DynamicTest.dynamicTest(
                    GoldenTemplates.name(yaml),
                    () -> {
                      PolicyInventory inventory = inventory(GoldenTemplates.read(yaml));
                      Path json = GoldenTemplates.json(yaml);
                      assertThat(PolicyDiff.between(inventory, inventory).changes()).isEmpty();
                      assertThat(
                              PolicyDiff.between(inventory, inventory(GoldenTemplates.read(json)))
                                  .changes())
                          .isEmpty();
                    }));
  }

  @Test
  void externalIdRemovedFromARealTemplateIsCritical() {
    String before = golden("cur-lambda-eu-west-1");
    String after =
        before.replace(
            """
                        Condition:
                          StringEquals:
                            sts:ExternalId: !Ref ExternalId
            """,
            "");
    assertThat(after).isNotEqualTo(before);
    PolicyDiff diff = diff(before, after);
    assertThat(diff.classification()).isEqualTo(Severity.CRITICAL);
    assertThat(diff.render())
        .containsExactly(
            "CRITICAL EXTERNAL_ID_REMOVED role FinOpsRole trust policy, principal AWS"
                + " arn:${AWS::Partition}:iam::111122223333:root: allows sts:AssumeRole (Write):"
                + " condition removed: StringEquals sts:externalid=${ExternalId}");
  }

  @Test
  void aChangeInsideTheEmbeddedMemberTemplateIsAttributedToTheMember() {
    String before = golden("org-self-managed");
    // The member template's copy of the read-only set is indented deeper than the management copy.
    String after =
        before.replace(
            "\n                      - ec2:DescribeA*\n", "\n                      - ec2:Get*\n");
    assertThat(after).isNotEqualTo(before);
    PolicyDiff diff = diff(before, after);
    assertThat(diff.changes())
        .isNotEmpty()
        .allSatisfy(
            change ->
                assertThat(change.subject())
                    .isEqualTo(
                        new Subject(
                            "StackSet member MemberStackSet",
                            Subject.Type.ROLE,
                            "AcmeAccountRole")))
        .extracting(Change::kind)
        .contains(ChangeKind.ACTIONS_ADDED, ChangeKind.ACTIONS_REMOVED);
  }

  private static final String DENY_ROLE =
      """
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
            Policies:
              - PolicyName: P
                PolicyDocument:
                  Statement:
                    - {Effect: Allow, Action: 's3:*', Resource: '*'}
                    - {Effect: Deny, Action: s3:DeleteBucket, Resource: %s%s}
      """;

  @Test
  void aNarrowerOrConditionalDenyIsAnEscalation() {
    String wide = DENY_ROLE.formatted("'*'", "");
    String narrow = DENY_ROLE.formatted("arn:aws:s3:::acme-*", "");
    String conditional =
        DENY_ROLE.formatted("'*'", ", Condition: {StringNotEquals: {aws:PrincipalOrgID: o-1}}");
    assertThat(diff(wide, narrow).render())
        .containsExactly(
            "ESCALATION RESOURCE_NARROWED role Role: denies s3:DeleteBucket (Write): resources"
                + " narrowed from * to arn:aws:s3:::acme-*");
    assertThat(diff(narrow, wide).classification()).isEqualTo(Severity.NARROWING);
    assertThat(diff(wide, conditional).changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.CONDITION_ADDED);
              assertThat(change.severity()).isEqualTo(Severity.ESCALATION);
            });
  }

  @Test
  void failOnDecidesFromTheClassification() {
    String role = DENY_ROLE.formatted("'*'", "");
    PolicyDiff none = diff(role, role);
    PolicyDiff narrowing = diff(role, role.replace("'s3:*'", "s3:Get*"));
    PolicyDiff escalation = diff(role.replace("'s3:*'", "s3:Get*"), role);
    assertThat(none.classification()).isEqualTo(Severity.NONE);
    assertThat(narrowing.classification()).isEqualTo(Severity.NARROWING);
    assertThat(escalation.classification()).isEqualTo(Severity.CRITICAL);
    assertThat(escalation.atLeast(Severity.CRITICAL)).hasSize(1);

    assertThat(Stream.of(none, narrowing, escalation).map(FailOn.NONE::fails))
        .containsExactly(false, false, false);
    assertThat(Stream.of(none, narrowing, escalation).map(FailOn.ANY::fails))
        .containsExactly(false, true, true);
    assertThat(Stream.of(none, narrowing, escalation).map(FailOn.ESCALATION::fails))
        .containsExactly(false, false, true);
    assertThat(FailOn.parse(" Escalation ")).isEqualTo(FailOn.ESCALATION);
    assertThat(FailOn.ANY).hasToString("any");
    assertThatThrownBy(() -> FailOn.parse("sometimes"))
        .hasMessage("failOn must be none, any or escalation, not 'sometimes'");
  }
}

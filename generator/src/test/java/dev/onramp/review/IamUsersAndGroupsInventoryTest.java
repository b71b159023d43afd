package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * IAM users and groups the template defines are subjects by logical id, like roles, whether a
 * policy names them by {@code !Ref} or by their {@code UserName} or {@code GroupName}; their group
 * memberships, console passwords and access keys are facts listed as not reviewed.
 */
class IamUsersAndGroupsInventoryTest {
  private static PolicyInventory inventory(String template) {
    // Without AWS managed documents: these tests are about attribution, not expansion, which
    // ManagedPolicyExpansionTest covers.
    return PolicyInventory.of(
        TemplateReader.read(template),
        ActionCatalog.bundled(),
        dev.onramp.iam.ManagedPolicyCatalog.of(java.util.List.of(), "none"));
  }

  @Test
  void usersAndGroupsHoldTheirPoliciesAndNamedOnesAreAttributedToTheirLogicalIds() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
              Auditor:
                Type: AWS::IAM::User
                Properties:
                  UserName: auditor
                  Groups: [!Ref Readers, ops]
                  LoginProfile: {Password: not-a-real-one}
                  PermissionsBoundary: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/Boundary
                  ManagedPolicyArns:
                    - !Sub arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess
                    - !Ref Shared
                  Policies:
                    - PolicyName: own
                      PolicyDocument:
                        Statement:
                          - {Effect: Allow, Action: s3:GetObject, Resource: '*'}
              Readers:
                Type: AWS::IAM::Group
                Properties:
                  GroupName: readers
                  ManagedPolicyArns: [!Sub 'arn:${AWS::Partition}:iam::aws:policy/SecurityAudit']
                  Policies:
                    - PolicyName: g
                      PolicyDocument:
                        Statement:
                          - {Effect: Allow, Action: ec2:DescribeInstances, Resource: '*'}
              Shared:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: sqs:ListQueues, Resource: '*'}
              ByName:
                Type: AWS::IAM::UserPolicy
                Properties:
                  UserName: auditor
                  PolicyName: p
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: sns:ListTopics, Resource: '*'}
              ByRef:
                Type: AWS::IAM::GroupPolicy
                Properties:
                  GroupName: !Ref Readers
                  PolicyName: p
                  PolicyDocument:
                    Statement:
                      - {Effect: Deny, Action: s3:DeleteObject, Resource: '*'}
              Attached:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: a
                  Users: [!Ref Auditor]
                  Groups: [readers, outsiders]
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: kms:ListKeys, Resource: '*'}
              Key:
                Type: AWS::IAM::AccessKey
                Properties:
                  UserName: !Ref Auditor
              Addition:
                Type: AWS::IAM::UserToGroupAddition
                Properties:
                  GroupName: !Ref Readers
                  Users: [!Ref Auditor, someone]
            """);

    assertThat(inventory.render())
        .containsExactly(
            "user Auditor: defined",
            "group Readers: defined",
            "user Auditor: Allow kms:ListKeys (List), s3:GetObject (Read), sns:ListTopics (List),"
                + " sqs:ListQueues (Read) on *",
            "group Readers: Allow ec2:DescribeInstances (List), kms:ListKeys (List) on *",
            "group Readers: Deny s3:DeleteObject (Write) on *",
            "group named outsiders: Allow kms:ListKeys (List) on *",
            "user Auditor: attaches AWS managed policy ReadOnlyAccess",
            "group Readers: attaches AWS managed policy SecurityAudit",
            "user Auditor: permissions boundary"
                + " arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/Boundary",
            "not reviewed: Addition: makes user Auditor, user named someone members of group"
                + " Readers, whose policies then apply to them",
            "not reviewed: Auditor: member of group Readers, group named ops (their policies apply"
                + " to it); signs in to the console with a password (LoginProfile)",
            "not reviewed: Key: access key of user Auditor, a long-lived credential: who holds it"
                + " is not known here");
  }

  @Test
  void theInventoryReportCountsUsersAndGroupsApartAndAssumesNoneOfThem() {
    String markdown =
        dev.onramp.review.report.InventoryReport.markdown(
            "demo",
            "1.0",
            inventory(
                """
                Resources:
                  Auditor:
                    Type: AWS::IAM::User
                    Properties:
                      Policies:
                        - PolicyName: own
                          PolicyDocument:
                            Statement:
                              - {Effect: Allow, Action: s3:GetObject, Resource: '*'}
                  Readers: {Type: AWS::IAM::Group}
                """));

    assertThat(markdown)
        .contains(
            "Roles: 0 · Users and groups: 2 · Resource policies: 0",
            "No role can be assumed: the template defines none.",
            "## User `Auditor`")
        .doesNotContain("nobody: no trust statement");
  }

  @Test
  void aNewUserAndANewAccessKeyAreEscalations() {
    PolicyInventory before =
        inventory(
            """
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """);
    PolicyInventory after =
        inventory(
            """
            Resources:
              Topic: {Type: AWS::SNS::Topic}
              Deployer: {Type: AWS::IAM::User}
              DeployerKey:
                Type: AWS::IAM::AccessKey
                Properties: {UserName: !Ref Deployer}
            """);

    PolicyDiff diff = PolicyDiff.between(before, after);

    // The user itself grants nothing yet (how severe that is, is the effective-access engine's to
    // say); the key is a credential the review cannot weigh, so it is an escalation to read.
    assertThat(diff.changes()).extracting(Change::sentence).anyMatch(s -> s.startsWith("new user"));
    assertThat(diff.changes())
        .filteredOn(change -> change.kind() == ChangeKind.NOT_REVIEWED)
        .extracting(Change::severity, Change::sentence)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                Severity.ESCALATION,
                "not reviewed: access key of user Deployer, a long-lived credential: who holds it"
                    + " is not known here; read it yourself"));
    assertThat(diff.verdict()).isEqualTo(AccessVerdict.ESCALATION);
  }
}

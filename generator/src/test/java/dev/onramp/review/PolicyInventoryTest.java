package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.Effect;
import dev.onramp.template.GoldenTemplates;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyInventoryTest {
  private static final ActionCatalog CATALOG = ActionCatalog.bundled();

  private static PolicyInventory inventory(String yaml) {
    return PolicyInventory.of(TemplateReader.read(yaml), CATALOG);
  }

  private static PolicyInventory golden(String scenario) {
    Path yaml =
        GoldenTemplates.yaml().stream()
            .filter(p -> GoldenTemplates.name(p).equals(scenario + "/expected/template.yaml"))
            .findFirst()
            .orElseThrow();
    return PolicyInventory.of(TemplateReader.read(GoldenTemplates.read(yaml)), CATALOG);
  }

  private static Subject role(String id) {
    return new Subject("", Subject.Type.ROLE, id);
  }

  private static List<String> names(PolicyStatement statement) {
    return statement.actions().stream().map(Action::name).toList();
  }

  private static final String ROLE =
      """
        Role:
          Type: AWS::IAM::Role
          Properties:
            RoleName: Vendor
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: {AWS: '111122223333'}
                  Action: sts:AssumeRole
                  Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}}
      """;

  @Test
  void aRegionLimitIsADenyOfRegionalActionsOnlyWhenRegionsAreListed() {
    PolicyInventory inventory = golden("role-region-limit");
    List<PolicyStatement> denies =
        inventory.statementsOf(role("ReaderRole")).stream()
            .filter(statement -> statement.effect() == Effect.DENY)
            .toList();
    assertThat(denies).hasSize(1);
    PolicyStatement deny = denies.get(0);
    assertThat(deny.guard().toString()).isEqualTo("HasRegions");
    assertThat(
            deny.render()
                .endsWith("on * if StringNotEquals aws:requestedregion=${Regions} when HasRegions"))
        .as("the Deny's condition and guard")
        .isTrue();
    // NotAction over the whole catalog: regional services are denied, global ones are not.
    assertThat(names(deny)).contains("ec2:DescribeInstances", "s3:GetObject");
    assertThat(names(deny))
        .doesNotContain("iam:GetRole", "sts:GetCallerIdentity", "ce:GetCostAndUsage")
        .doesNotContain("s3:ListAllMyBuckets", "ec2:DescribeRegions", "sso:ListInstances");
  }

  @Test
  void organizationTemplateWithItsStackSetMember() {
    PolicyInventory inventory = golden("org-self-managed");
    Subject member =
        new Subject("StackSet member MemberStackSet", Subject.Type.ROLE, "AcmeAccountRole");
    assertThat(inventory.roles())
        .extracting(r -> r.subject().toString() + " " + r.guard())
        .containsExactly(
            "role AcmePayerRole always",
            "role ManagementAcmeAccountRole OnboardsManagementAccount",
            "role StackSetAdministrationRole always",
            "StackSet member MemberStackSet: role AcmeAccountRole always");
    assertThat(inventory.permissionsBoundaries())
        .extracting(b -> b.role() + " " + b.policy() + " when " + b.guard())
        .containsExactly(
            "role ManagementAcmeAccountRole ${PermissionsBoundaryArn} when"
                + " ManagementHasPermissionsBoundaryArn and OnboardsManagementAccount",
            "StackSet member MemberStackSet: role AcmeAccountRole ${PermissionsBoundaryArn} when"
                + " HasPermissionsBoundaryArn");
    PolicyStatement trust = inventory.statementsOf(member).get(0);
    assertThat(trust.render())
        .isEqualTo(
            "StackSet member MemberStackSet: role AcmeAccountRole trust policy, principal AWS"
                + " arn:${AWS::Partition}:iam::111122223333:root: Allow sts:AssumeRole (Write)"
                + " if StringEquals sts:externalid=${ExternalId}");
    // The management account's copy and the member grant the same actions.
    assertThat(names(inventory.statementsOf(member).get(1)))
        .isEqualTo(names(inventory.statementsOf(role("ManagementAcmeAccountRole")).get(1)))
        .contains("ec2:DescribeInstances", "s3:GetBucketPolicy")
        .doesNotContain("s3:GetObject");
  }

  @Test
  void bucketPolicyLambdaRoleAndMergedResources() {
    PolicyInventory inventory = golden("cur-lambda-eu-west-1");
    Subject bucket = new Subject("", Subject.Type.BUCKET, "${CostReportBucket}");
    List<PolicyStatement> bucketStatements = inventory.statementsOf(bucket);
    assertThat(bucketStatements)
        .extracting(s -> s.principal() + " " + s.effect())
        .containsExactly(
            "Service bcm-data-exports.amazonaws.com ALLOW",
            "Service bcm-data-exports.amazonaws.com ALLOW",
            "Service billingreports.amazonaws.com ALLOW",
            "Service billingreports.amazonaws.com ALLOW",
            "* DENY");
    PolicyStatement deny = bucketStatements.get(4);
    assertThat(deny.actions()).hasSameSizeAs(CATALOG.expand("s3:*"));
    assertThat(deny.resources())
        .containsExactly("${CostReportBucket.Arn}", "${CostReportBucket.Arn}/*");
    assertThat(deny.conditions()).hasToString("Bool aws:securetransport=false");

    assertThat(inventory.statementsOf(role("CostReportFunctionRole")))
        .extracting(PolicyStatement::render)
        .contains(
            "role CostReportFunctionRole trust policy, principal Service lambda.amazonaws.com:"
                + " Allow sts:AssumeRole (Write)",
            "role CostReportFunctionRole: Allow cur:DeleteReportDefinition (Write),"
                + " cur:ModifyReportDefinition (Write), cur:PutReportDefinition (Write) on"
                + " arn:${AWS::Partition}:cur:*:${AWS::AccountId}:definition/acme-cur");
    // s3:GetBucketLocation is granted on the bucket and, by the read-only set, on *: only * stays.
    assertThat(inventory.statementsOf(role("FinOpsRole")))
        .filteredOn(s -> names(s).contains("s3:GetBucketLocation"))
        .singleElement()
        .extracting(PolicyStatement::resources)
        .isEqualTo(List.of("*"));
  }

  @Test
  void awsManagedPoliciesByNameWhateverThePartitionOrPath() {
    assertThat(golden("role-arn-narrowed").managedPolicies())
        .extracting(ManagedPolicyAttachment::describe)
        .containsExactly("AWS managed policy ViewOnlyAccess");
    PolicyInventory inventory =
        inventory(
            """
            Resources:
            %s
                  ManagedPolicyArns:
                    - arn:aws-cn:iam::aws:policy/SecurityAudit
                    - !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/Own
                    - !If [C, !Ref Local, !Ref AWS::NoValue]
              Local:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Statement: {Effect: Allow, Action: sqs:SendMessage, Resource: '*'}
            """
                .formatted(ROLE));
    assertThat(inventory.managedPolicies())
        .extracting(a -> a.describe() + " " + a.guard() + " expanded " + a.expanded())
        .containsExactly(
            "AWS managed policy SecurityAudit always expanded true",
            "managed policy arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/Own always"
                + " expanded false");
    assertThat(inventory.statementsOf(role("Role")))
        .extracting(PolicyStatement::render)
        .contains("role Role: Allow sqs:SendMessage (Write) on * when C");
  }

  @Test
  void policiesFindTheirRolesByReferenceOrName() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
            %s
              ByName:
                Type: AWS::IAM::Policy
                Properties:
                  Roles: [Vendor, SomeoneElses]
                  PolicyDocument:
                    Statement: {Effect: Allow, Action: sqs:SendMessage, Resource: '*'}
              Orphan:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Statement: {Effect: Allow, Action: sns:Publish, Resource: '*'}
            """
                .formatted(ROLE));
    assertThat(inventory.statements())
        .extracting(PolicyStatement::render)
        .containsExactly(
            "unattached managed policy Orphan: Allow sns:Publish (Write) on *",
            "role Role trust policy, principal AWS arn:${AWS::Partition}:iam::111122223333:root:"
                + " Allow sts:AssumeRole (Write) if StringEquals sts:externalid=${ExternalId}",
            "role Role: Allow sqs:SendMessage (Write) on *",
            "role named SomeoneElses: Allow sqs:SendMessage (Write) on *");
  }

  @Test
  void notActionIsTheComplementWithinTheServicesOfTheResources() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
            %s
                  Policies:
                    - PolicyName: Queue
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            NotAction: [sqs:Delete*, sqs:PurgeQueue, nosuch:Thing]
                            Resource: !Sub arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:jobs
                          - Effect: Deny
                            NotAction: iam:*
                            Resource: '*'
            """
                .formatted(ROLE));
    List<PolicyStatement> statements = inventory.statementsOf(role("Role"));
    assertThat(statements).hasSize(3);
    List<String> queue = names(statements.get(1));
    List<String> expected =
        CATALOG.expand("sqs:*").stream()
            .filter(a -> !a.startsWith("sqs:Delete") && !a.equals("sqs:PurgeQueue"))
            .toList();
    assertThat(queue).containsExactlyInAnyOrderElementsOf(expected).contains("sqs:SendMessage");
    PolicyStatement deny = statements.get(2);
    assertThat(deny.effect()).isEqualTo(Effect.DENY);
    assertThat(deny.actions())
        .hasSize(CATALOG.size() - CATALOG.expand("iam:*").size())
        .noneMatch(a -> a.name().startsWith("iam:"));
    assertThat(inventory.unknownActionPatterns()).containsExactly("nosuch:thing");
  }

  @Test
  void unknownPatternsStayAsUnknownActions() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
            %s
                  Policies:
                    - PolicyName: P
                      PolicyDocument:
                        Statement:
                          - {Effect: Allow, Action: [S3:GetObjectz, s3:Nothing*], Resource: '*'}
            """
                .formatted(ROLE));
    assertThat(inventory.unknownActionPatterns()).containsExactly("s3:getobjectz", "s3:nothing*");
    assertThat(inventory.statementsOf(role("Role")).get(1).render())
        .isEqualTo(
            "role Role: Allow s3:getobjectz (unknown to the catalog), s3:nothing* (unknown to the"
                + " catalog) on *");
  }

  @Test
  void grantsInBothBranchesOfAnIfApplyAlways() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
            %s
                  Policies:
                    - PolicyName: P
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: !If [C, [s3:GetObject, s3:PutObject], [s3:GetObject]]
                            Resource: !If [D, '*', arn:aws:s3:::b/*]
            """
                .formatted(ROLE));
    assertThat(inventory.statementsOf(role("Role")).subList(1, 5))
        .extracting(PolicyStatement::render)
        .containsExactly(
            "role Role: Allow s3:PutObject (Write) on * when C and D",
            "role Role: Allow s3:GetObject (Read) on * when D",
            "role Role: Allow s3:PutObject (Write) on arn:aws:s3:::b/* when C and not D",
            "role Role: Allow s3:GetObject (Read) on arn:aws:s3:::b/* when not D");
  }

  @Test
  void templateUrlsAreListedAsNotReviewed() {
    assertThat(golden("org-member-over-inline-limit").unreviewed())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.logicalId()).isEqualTo("MemberStackSet");
              assertThat(u.detail())
                  .startsWith("member template at https://acme-onramp-templates-");
            });
  }

  @Test
  void equalAccessWrittenDifferentlyGivesEqualInventories() {
    String split =
        """
        Resources:
        %s
              Policies:
                - PolicyName: A
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: s3:GetObject, Resource: arn:aws:s3:::b/*}
                      - {Effect: Allow, Action: [S3:LISTBUCKET], Resource: arn:aws:s3:::b}
        """
            .formatted(ROLE);
    String joined =
        """
        Resources:
        %s
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Roles: [!Ref Role]
              PolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Action: [s3:ListBucket, s3:ListBucket]
                    Resource: [arn:aws:s3:::b]
                  - Sid: Objects
                    Effect: Allow
                    Action: [s3:getobject]
                    Resource: [arn:aws:s3:::b/*]
        """
            .formatted(ROLE);
    assertThat(inventory(joined)).isEqualTo(inventory(split));
  }

  @Test
  void renderListsEveryFactOnItsOwnLine() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
            %s
                  ManagedPolicyArns: [arn:aws:iam::aws:policy/PolicyNewerThanTheSnapshot]
                  PermissionsBoundary: !If [B, !Ref Boundary, !Ref AWS::NoValue]
                  Policies:
                    - PolicyName: P
                      PolicyDocument:
                        Statement: {Effect: Deny, Action: s3:nothing*, Resource: '*'}
              Nested:
                Type: AWS::CloudFormation::Stack
                Properties:
                  TemplateURL: https://example.com/t.yaml
            """
                .formatted(ROLE));
    assertThat(inventory.render())
        .containsExactly(
            "role Role: defined",
            "role Role trust policy, principal AWS arn:${AWS::Partition}:iam::111122223333:root:"
                + " Allow sts:AssumeRole (Write) if StringEquals sts:externalid=${ExternalId}",
            "role Role: Deny s3:nothing* (unknown to the catalog) on *",
            "role Role: attaches AWS managed policy PolicyNewerThanTheSnapshot",
            "role Role: permissions boundary ${Boundary} when B",
            "action pattern unknown to the catalog: s3:nothing*",
            "not reviewed: Nested: nested stack template at https://example.com/t.yaml");
  }

  @Test
  void fnIfsAreResolvedOneStatementAtATimeButNotWithoutLimit() {
    StringBuilder statements = new StringBuilder();
    StringBuilder actions = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      statements.append(
          "              - !If [C%d, {Effect: Allow, Action: sqs:SendMessage, Resource: q%d},"
                  .formatted(i, i)
              + " !Ref AWS::NoValue]\n");
      actions.append(" !If [C%d, sqs:SendMessage, !Ref AWS::NoValue],".formatted(i));
    }
    String manyStatements =
        """
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              Policies:
                - PolicyName: P
                  PolicyDocument:
                    Statement:
        %s"""
            .formatted(statements);
    assertThat(inventory(manyStatements).statements()).hasSize(12);

    String manyInOneStatement =
        """
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              Policies:
                - PolicyName: P
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Resource: '*', Action: [%s]}
        """
            .formatted(actions.substring(0, actions.length() - 1));
    assertThatThrownBy(() -> inventory(manyInOneStatement))
        .isInstanceOf(TemplateFormatException.class)
        .hasMessage("a policy value has more than 1024 Fn::If combinations");
  }
}

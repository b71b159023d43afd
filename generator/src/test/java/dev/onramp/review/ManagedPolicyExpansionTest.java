package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ManagedPolicyCatalog;
import dev.onramp.template.TemplateReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** AWS managed policies read as their documents: inventory, diff and boundaries. */
class ManagedPolicyExpansionTest {
  private static final ActionCatalog CATALOG = ActionCatalog.bundled();
  private static final Subject ROLE = new Subject("", Subject.Type.ROLE, "Role");

  private static String role(String managedPolicyArns, String more) {
    return """
        Conditions:
          C: !Equals [a, b]
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: '111122223333'}
                    Action: sts:AssumeRole
                    Condition: {StringEquals: {sts:ExternalId: x}}
              ManagedPolicyArns: %s
        %s"""
        .formatted(managedPolicyArns, more);
  }

  private static PolicyInventory inventory(String yaml) {
    return PolicyInventory.of(TemplateReader.read(yaml), CATALOG);
  }

  private static Set<String> allowed(PolicyInventory inventory) {
    return new java.util.TreeSet<>(
        inventory.statementsOf(ROLE).stream()
            .filter(s -> s.kind() == PolicyKind.IDENTITY && s.effect().name().equals("ALLOW"))
            .flatMap(s -> s.actions().stream())
            .map(Action::name)
            .toList());
  }

  @Test
  void anAttachedAwsManagedPolicyGrantsWhatItsDocumentSays() {
    PolicyInventory audit = inventory(role("[arn:aws:iam::aws:policy/SecurityAudit]", ""));
    Set<String> actions = allowed(audit);
    // The example: SecurityAudit gives some 2,900 actions, not a name.
    assertThat(actions).hasSizeGreaterThan(2_500).contains("iam:GetAccountAuthorizationDetails");
    assertThat(audit.managedPolicies())
        .singleElement()
        .satisfies(
            attachment -> {
              assertThat(attachment.describe()).isEqualTo("AWS managed policy SecurityAudit");
              assertThat(attachment.expanded()).isTrue();
            });
  }

  @Test
  void everyPartitionAndThePathGiveTheSameGrants() {
    PolicyInventory literal =
        inventory(role("[arn:aws:iam::aws:policy/job-function/ViewOnlyAccess]", ""));
    assertThat(allowed(literal)).hasSizeGreaterThan(1_000);
    for (String arn :
        List.of(
            "!Sub 'arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess'",
            "arn:aws-us-gov:iam::aws:policy/job-function/ViewOnlyAccess",
            "arn:aws-cn:iam::aws:policy/job-function/ViewOnlyAccess")) {
      assertThat(inventory(role("[" + arn + "]", "")).statements())
          .as(arn)
          .isEqualTo(literal.statements());
    }
    // Without its path it is no policy AWS has: attached by name, content unknown.
    PolicyInventory wrongPath = inventory(role("[arn:aws:iam::aws:policy/ViewOnlyAccess]", ""));
    assertThat(allowed(wrongPath)).isEmpty();
    assertThat(wrongPath.managedPolicies().get(0).expanded()).isFalse();
  }

  @Test
  void aPolicyUnderAnFnIfGrantsOnlyWhenItIsAttached() {
    PolicyInventory inventory =
        inventory(
            role(
                "[!If [C, arn:aws:iam::aws:policy/AWSBillingReadOnlyAccess, !Ref AWS::NoValue]]",
                ""));
    assertThat(inventory.statementsOf(ROLE))
        .filteredOn(s -> s.kind() == PolicyKind.IDENTITY)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(Sentences.when(s.guard())).isEqualTo(" when C"));
    assertThat(inventory.managedPolicies().get(0).guard().toString()).contains("C");
  }

  @Test
  void swappingReadOnlyAccessForAdministratorAccessIsAnEscalationOfTheAddedActions() {
    PolicyInventory readOnly = inventory(role("[arn:aws:iam::aws:policy/ReadOnlyAccess]", ""));
    PolicyInventory admin = inventory(role("[arn:aws:iam::aws:policy/AdministratorAccess]", ""));
    PolicyDiff diff = PolicyDiff.between(readOnly, admin);

    assertThat(diff.atLeast(Severity.ESCALATION)).isNotEmpty();
    // ReadOnlyAccess names actions of retired services the catalog no longer lists; until they
    // are matched against AdministratorAccess's * by meaning (the access engine), they are the
    // only thing that reads as taken away.
    assertThat(diff.changes())
        .filteredOn(c -> c.severity() == Severity.NARROWING)
        .allSatisfy(c -> assertThat(c.actions()).isNotEmpty().noneMatch(Action::known));
    List<Change> added =
        diff.changes().stream().filter(c -> c.kind() == ChangeKind.ACTIONS_ADDED).toList();
    assertThat(added).isNotEmpty();
    assertThat(added.stream().flatMap(c -> c.actions().stream()).map(Action::name))
        .contains("iam:CreateUser", "s3:DeleteBucket", "ec2:RunInstances")
        .doesNotContain("ec2:DescribeInstances");
    assertThat(added).anySatisfy(c -> assertThat(c.severity()).isEqualTo(Severity.CRITICAL));
    // The attachments themselves are information: their content is in the changes above.
    assertThat(diff.changes())
        .filteredOn(
            c ->
                c.kind() == ChangeKind.MANAGED_POLICY_ATTACHED
                    || c.kind() == ChangeKind.MANAGED_POLICY_DETACHED)
        .extracting(Change::render)
        .containsExactlyInAnyOrder(
            "INFO MANAGED_POLICY_ATTACHED role Role: attaches AWS managed policy"
                + " AdministratorAccess",
            "INFO MANAGED_POLICY_DETACHED role Role: no longer attaches AWS managed policy"
                + " ReadOnlyAccess");
    // Back again: reductions, the same retired actions aside.
    PolicyDiff back = PolicyDiff.between(admin, readOnly);
    assertThat(back.changes())
        .filteredOn(
            c -> c.severity() == Severity.NARROWING && c.kind() == ChangeKind.ACTIONS_REMOVED)
        .isNotEmpty();
    assertThat(back.atLeast(Severity.ESCALATION))
        .allSatisfy(
            c ->
                assertThat(c.actions().isEmpty() || c.actions().stream().noneMatch(Action::known))
                    .as(c.render())
                    .isTrue());
  }

  @Test
  void attachingAPolicyThatGrantsWhatTheRoleHasIsNoChangeInAccess() {
    String inline =
        """
          Own:
            Type: AWS::IAM::Policy
            Properties:
              Roles: [!Ref Role]
              PolicyDocument:
                Statement: {Effect: Allow, Action: '*', Resource: '*'}
        """;
    PolicyDiff diff =
        PolicyDiff.between(
            inventory(role("[]", inline)),
            inventory(role("[arn:aws:iam::aws:policy/AdministratorAccess]", inline)));
    assertThat(diff.verdict()).isEqualTo(AccessVerdict.EQUAL);
    assertThat(diff.render())
        .containsExactly(
            "INFO MANAGED_POLICY_ATTACHED role Role: attaches AWS managed policy"
                + " AdministratorAccess");
  }

  @Test
  void aPolicyTheSnapshotDoesNotKnowStaysAnEscalationByName() {
    PolicyDiff diff =
        PolicyDiff.between(
            inventory(role("[]", "")),
            inventory(
                role(
                    "[arn:aws:iam::aws:policy/PolicyNewerThanTheSnapshot,"
                        + " arn:aws:iam::111122223333:policy/Own]",
                    "")));
    assertThat(diff.render())
        .containsExactly(
            "ESCALATION MANAGED_POLICY_ATTACHED role Role: attaches AWS managed policy"
                + " PolicyNewerThanTheSnapshot",
            "ESCALATION MANAGED_POLICY_ATTACHED role Role: attaches managed policy"
                + " arn:aws:iam::111122223333:policy/Own");
  }

  @Test
  void documentsComeFromTheCatalogGiven() {
    ManagedPolicyCatalog own =
        ManagedPolicyCatalog.of(
            List.of(
                new ManagedPolicyCatalog.ManagedPolicy(
                    "Tiny",
                    "/service-role/",
                    "v7",
                    Map.of(
                        "Statement",
                        List.of(
                            Map.of("Effect", "Allow", "Action", "sqs:SendMessage", "Resource", "*"),
                            Map.of("Effect", "Deny", "Action", "sqs:*", "Resource", "q"))))),
            "test");
    PolicyInventory inventory =
        PolicyInventory.of(
            TemplateReader.read(
                role("[!Sub 'arn:${AWS::Partition}:iam::aws:policy/service-role/Tiny']", "")),
            CATALOG,
            own);
    assertThat(inventory.statementsOf(ROLE))
        .filteredOn(s -> s.kind() == PolicyKind.IDENTITY)
        .extracting(PolicyStatement::render)
        .hasSize(2)
        .contains("role Role: Allow sqs:SendMessage (Write) on *")
        .anySatisfy(line -> assertThat(line).startsWith("role Role: Deny ").endsWith(" on q"));
  }

  @Test
  void anAwsManagedBoundaryIsKeptApartAsTheStatementsOfItsPolicy() {
    String boundaries =
        """
        Other:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument: {Statement: []}
            PermissionsBoundary: arn:aws:iam::111122223333:policy/CustomerBoundary
        """
            .indent(2);
    PolicyInventory inventory =
        inventory(
            role("[]", boundaries)
                .replace(
                    "      ManagedPolicyArns: []",
                    "      ManagedPolicyArns: []\n      PermissionsBoundary: !Sub"
                        + " 'arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess'"));
    assertThat(inventory.permissionsBoundaries())
        .extracting(PermissionsBoundary::policy)
        .containsExactlyInAnyOrder(
            "arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess",
            "arn:aws:iam::111122223333:policy/CustomerBoundary");
    // Only the AWS managed one is known; the customer's is known by name only.
    assertThat(inventory.boundaryPolicies())
        .containsOnlyKeys("arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess");
    List<PolicyStatement> power =
        inventory.boundaryPolicies().get("arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess");
    assertThat(power)
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.subject())
                    .isEqualTo(new Subject("", Subject.Type.MANAGED_POLICY, "PowerUserAccess")));
    Set<String> bounded =
        new java.util.TreeSet<>(
            power.stream().flatMap(s -> s.actions().stream()).map(Action::name).toList());
    // PowerUserAccess: everything but IAM and Organizations, a few IAM and Organizations reads.
    assertThat(bounded).contains("s3:PutObject", "ec2:RunInstances", "iam:ListRoles");
    assertThat(bounded).doesNotContain("iam:CreateUser", "iam:PutRolePolicy");
    // A boundary grants nothing: the role's own statements hold only its trust policy.
    assertThat(inventory.statementsOf(ROLE)).allMatch(s -> s.kind() == PolicyKind.TRUST);
  }

  @Test
  void theCountsOfAManagedPolicyAreByLevel() {
    PolicyInventory admin = inventory(role("[arn:aws:iam::aws:policy/AdministratorAccess]", ""));
    List<Action> actions =
        admin.statementsOf(ROLE).stream()
            .filter(s -> s.kind() == PolicyKind.IDENTITY)
            .flatMap(s -> s.actions().stream())
            .toList();
    assertThat(actions).hasSize(CATALOG.size());
    assertThat(actions)
        .anyMatch(action -> action.levels().contains(AccessLevel.PERMISSIONS_MANAGEMENT));
  }
}

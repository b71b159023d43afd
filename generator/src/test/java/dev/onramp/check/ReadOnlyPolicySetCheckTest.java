package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadOnlyPolicySetCheckTest {
  private final ReadOnlyPolicySetCheck check = new ReadOnlyPolicySetCheck(ActionCatalog.bundled());

  private static String blueprint(boolean readOnly, String... actions) {
    return """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: acme}
        vendor: {accountId: "111122223333", principal: account-root}
        policySets:
          - name: inventory
            readOnly: %s
            statements:
              - resource: "*"
                action: [%s]
        roles:
          - id: VendorRole
            policySets: [inventory]
            statements:
              - {action: s3:PutObject, resource: "*"}
        """
        .formatted(readOnly, "\"" + String.join("\", \"", actions) + "\"");
  }

  @Test
  void aReadOnlySetOfReadActionsPasses() throws Exception {
    CompiledTemplate compiled =
        CheckFixtures.compile(blueprint(true, "s3:GetBucketTagging", "ec2:Describe*"));
    assertThat(compiled.template().resources().get("VendorRoleInventoryPolicy").metadata())
        .isEqualTo(Map.of("Onramp", Map.of("PolicySet", "inventory", "ReadOnly", true)));
    // The role's own statements are no policy set: they may write.
    assertThat(check.check(compiled)).isEmpty();
  }

  @Test
  void everyActionBeyondListAndReadIsReportedWithItsLevels() throws Exception {
    CompiledTemplate compiled =
        CheckFixtures.compile(
            blueprint(true, "s3:GetObject", "iam:PutRolePolicy", "ec2:CreateTag?", "backup:List*"));
    assertThat(rendered(check.check(compiled)))
        .isEqualTo(
            "acme.yaml:13:18: error ONR502 at roles[0].policySets[0]: managed policy"
                + " VendorRoleInventoryPolicy of read-only policy set 'inventory' allows"
                + " iam:PutRolePolicy (Permissions management, Write), beyond List and Read\n"
                + "  fix: remove iam:PutRolePolicy from the set, or drop readOnly: true from the set"
                + " if it is meant to change things\n"
                + "acme.yaml:13:18: error ONR502 at roles[0].policySets[0]: managed policy"
                + " VendorRoleInventoryPolicy of read-only policy set 'inventory' allows"
                + " ec2:CreateTag?, which includes 1 action beyond List and Read: ec2:CreateTags"
                + " (Tagging, Write)\n"
                + "  fix: replace ec2:CreateTag? with the read actions it should grant, listed one"
                + " by one, or drop readOnly: true from the set if it is meant to change things\n"
                + "acme.yaml:13:18: error ONR502 at roles[0].policySets[0]: managed policy"
                + " VendorRoleInventoryPolicy of read-only policy set 'inventory' allows"
                + " backup:List*, which includes 1 action beyond List and Read:"
                + " backup:ListIndexedRecoveryPointsForSearch (Permissions management, Write)\n"
                + "  fix: replace backup:List* with the read actions it should grant, listed one"
                + " by one, or drop readOnly: true from the set if it is meant to change things");
  }

  @Test
  void aSetThatDoesNotClaimToBeReadOnlyMayWrite() throws Exception {
    CompiledTemplate compiled = CheckFixtures.compile(blueprint(false, "iam:PutRolePolicy"));
    assertThat(
            compiled.template().resources().get("VendorRoleInventoryPolicy").metadata().toString())
        .isEqualTo("{Onramp={PolicySet=inventory, ReadOnly=false}}");
    assertThat(check.check(compiled)).isEmpty();
  }

  @Test
  void notActionInAnAllowOfAReadOnlySetIsAViolationByItself() {
    Template.Resource policy =
        new Template.Resource(
            "AWS::IAM::ManagedPolicy",
            null,
            List.of(),
            null,
            null,
            Map.of("Onramp", map("PolicySet", "hand-made", "ReadOnly", true)),
            map(
                "PolicyDocument",
                document(
                    map("Effect", "Allow", "NotAction", List.of("iam:*", "sts:*"), "Resource", "*"),
                    map("Effect", "Deny", "Action", "iam:PutRolePolicy", "Resource", "*"))));
    assertThat(rendered(check.check(template("HandMadePolicy", policy))))
        .isEqualTo(
            "test.yaml: error ONR502 at Resources.HandMadePolicy: managed policy HandMadePolicy of"
                + " read-only policy set 'hand-made' allows every action except [iam:*, sts:*]"
                + " (NotAction), which includes write and permissions-management actions\n"
                + "  fix: list the read actions under action: instead of notAction:, or drop"
                + " readOnly: true from the set if it is meant to change things");
  }

  @Test
  void aWideWildcardListsFiftyActionsAndCountsTheRest() {
    Template.Resource policy =
        new Template.Resource(
            "AWS::IAM::ManagedPolicy",
            null,
            List.of(),
            null,
            null,
            Map.of("Onramp", map("PolicySet", "wide", "ReadOnly", true)),
            map(
                "PolicyDocument",
                document(map("Effect", "Allow", "Action", "ec2:Create*", "Resource", "*"))));
    String message = rendered(check.check(template("WidePolicy", policy)));
    int offending =
        (int)
            ActionCatalog.bundled().expand("ec2:Create*").stream()
                .filter(
                    a ->
                        !ActionCatalog.bundled().accessLevels(a).stream()
                            .allMatch(l -> l.isReadOnly()))
                .count();
    assertThat(message)
        .contains(
            "allows ec2:Create*, which includes " + offending + " actions beyond List and Read:")
        .contains("ec2:CreateCoipPoolPermission (Permissions management, Write)")
        .contains(" and " + (offending - ReadOnlyPolicySetCheck.LISTED_ACTIONS) + " more\n");
  }
}

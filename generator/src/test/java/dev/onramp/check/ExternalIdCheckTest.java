package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.resource;
import static dev.onramp.check.CheckFixtures.sub;
import static dev.onramp.check.CheckFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalIdCheckTest {
  private final ExternalIdCheck check = new ExternalIdCheck();

  private static Template.Resource role(Object principal, Map<String, Object> condition) {
    Map<String, Object> statement =
        map("Effect", "Allow", "Principal", map("AWS", principal), "Action", "sts:AssumeRole");
    if (condition != null) {
      statement.put("Condition", condition);
    }
    return resource("AWS::IAM::Role", "AssumeRolePolicyDocument", document(statement));
  }

  @Test
  void aCompiledVendorRoleRequiresTheExternalIdAndPasses() throws Exception {
    CompiledTemplate compiled =
        CheckFixtures.compile(
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: acme}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/Collector", principal: role}
            roles:
              - id: VendorRole
                statements:
                  - {action: s3:GetBucketLocation, resource: "*"}
            """);
    assertThat(check.check(compiled)).isEmpty();
  }

  @Test
  void anOutsideAccountWithoutExternalIdIsReportedAtTheBlueprintRole() {
    CompiledTemplate template =
        template(
            Map.of(),
            Map.of("VendorRole", new SourceLocation("acme.yaml", 12, 5, "roles[0]")),
            "VendorRole",
            role(sub("arn:${AWS::Partition}:iam::111122223333:root"), null));
    assertThat(rendered(check.check(template)))
        .isEqualTo(
            "acme.yaml:12:5: error ONR501 at roles[0]: role VendorRole trusts"
                + " arn:${AWS::Partition}:iam::111122223333:root from outside this account without"
                + " an sts:ExternalId condition (statement 1 of its trust policy): whoever can make"
                + " that principal assume roles could have it act on this account (the confused"
                + " deputy)\n"
                + "  fix: add Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}} to the"
                + " trust statement; if the principal cannot send an ExternalId, waive ONR501 under"
                + " the blueprint's suppressions: with the reason");
  }

  @Test
  void everyOutsidePrincipalIsNamedAndThisAccountIsNot() {
    CompiledTemplate template =
        template(
            "MixedRole",
            role(
                List.of(
                    sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root"),
                    "arn:aws:iam::444455556666:role/Reader",
                    new Fn.Ref("VendorPrincipal")),
                map("StringLike", map("sts:ExternalId", "x*"))));
    assertThat(rendered(check.check(template)))
        .startsWith(
            "test.yaml: error ONR501 at Resources.MixedRole: role MixedRole trusts"
                + " arn:aws:iam::444455556666:role/Reader, !Ref VendorPrincipal from outside this"
                + " account without an sts:ExternalId condition (statement 1 of its trust policy)");
  }

  @Test
  void thisAccountAloneNeedsNoExternalId() {
    assertThat(check.check(template("LocalRole", role(new Fn.Ref("AWS::AccountId"), null))))
        .isEmpty();
    assertThat(
            check.check(
                template(
                    "LocalRole",
                    role(sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Admin"), null))))
        .isEmpty();
  }

  @Test
  void aRoleOfThisStackIsInThisAccountButAnotherResourceIsNot() {
    Template.Resource trusted = role(Fn.getAtt("Collector", "Arn"), null);
    assertThat(
            check.check(
                template("Collector", role(new Fn.Ref("AWS::AccountId"), null), "Reader", trusted)))
        .isEmpty();
    assertThat(
            rendered(
                check.check(
                    template(
                        "Collector", resource("AWS::IAM::User", "Path", "/"), "Reader", trusted))))
        .contains("role Reader trusts !GetAtt Collector.Arn from outside this account");
  }

  @Test
  void aHubGuardedByTheOwnOrganizationIsInternalAndAnyOtherOrganizationIsNot() {
    Object hub = sub("arn:${AWS::Partition}:iam::${HubAccount}:role/Hub");
    assertThat(
            check.check(
                template(
                    "Spoke",
                    role(
                        hub,
                        map("StringEquals", map("aws:PrincipalOrgID", "${aws:ResourceOrgID}"))))))
        .isEmpty();
    assertThat(
            check.check(
                template(
                    "Spoke",
                    role(hub, map("StringEquals", map("aws:PrincipalOrgID", "o-abcdefghij"))))))
        .hasSize(1);
  }

  @Test
  void compiledTrustShapesPassAndTheVendorRoleStillNeedsItsExternalId() throws Exception {
    CompiledTemplate compiled =
        CheckFixtures.compile(
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: acme}
            vendor: {accountIdParameter: AcmeAccount, principalArnPattern: role/scan-*}
            roles:
              - {id: VendorRole, policySets: [read-only]}
              - {id: ReaderRole, trust: {role: VendorRole}, policySets: [read-only]}
              - {id: OwnRole, trust: {customerAccount: true}, policySets: [read-only]}
              - {id: LambdaRole, trust: {service: lambda.amazonaws.com}, policySets: [read-only]}
              - id: SpokeRole
                trust: {hub: {roleName: Hub, accountParameter: HubAccount}}
                policySets: [read-only]
            """);
    assertThat(check.check(compiled)).isEmpty();
  }
}

package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The trust policies the vendor keys and {@code roles[].trust} compile to, and the refusals the
 * golden scenarios trust-principal-* and trust-shapes-unsafe do not show.
 */
class RoleTrustTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      """;

  @Test
  void aFixedAccountNarrowedByAPatternKeepsTheExternalId() throws BlueprintException {
    String yaml =
        compile(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principalArnPattern: "arn:aws:iam::111122223333:role/scan-*"}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """)
            .yaml();
    assertThat(yaml)
        .contains("AWS: !Sub arn:${AWS::Partition}:iam::111122223333:root")
        .contains("sts:ExternalId: !Ref ExternalId")
        .contains(
            "StringLike:\n"
                + "                aws:PrincipalArn: !Sub"
                + " arn:${AWS::Partition}:iam::111122223333:role/scan-*");
  }

  @Test
  void aDeclaredStrictParameterKeepsItsPlaceAndNothingIsCreated() throws BlueprintException {
    String yaml =
        compile(
                HEAD
                    + """
                    vendor: {accountIdParameter: AcmeAccount, principal: account-root}
                    parameters:
                      - {name: Team}
                      - {name: AcmeAccount, allowedValues: ["111122223333", "444455556666"]}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """)
            .yaml();
    assertThat(yaml.indexOf("  Team:")).isLessThan(yaml.indexOf("  AcmeAccount:"));
    assertThat(yaml).doesNotContain("Vendor account id");
    assertThat(yaml).contains("AWS: !Sub arn:${AWS::Partition}:iam::${AcmeAccount}:root");
  }

  @Test
  void aRoleArnParameterIsThePrincipalItself() throws BlueprintException {
    String yaml =
        compile(
                HEAD
                    + """
                    vendor: {roleArnParameter: AcmeRole}
                    externalId: {group: Acme}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """)
            .yaml();
    assertThat(yaml)
        .contains("AWS: !Ref AcmeRole")
        .contains("sts:ExternalId: !Ref ExternalId")
        .contains(
            "default: Acme\n        Parameters:\n          - ExternalId\n          - AcmeRole");
  }

  @Test
  void aStackWhoseRolesAllHaveTheirOwnTrustAsksForNoExternalId() throws BlueprintException {
    String yaml =
        compile(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principal: account-root}
                    roles:
                      - {id: InstanceRole, trust: {service: ec2.amazonaws.com}, policySets: [read-only]}
                      - {id: OperatorRole, trust: {customerAccount: true}, policySets: [read-only]}
                    """)
            .yaml();
    assertThat(yaml).doesNotContain("ExternalId");
    assertThat(yaml)
        .contains("Service: ec2.amazonaws.com")
        .contains("AWS: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root");
  }

  @Test
  void aHubInAPathIsGuardedByTheOrganization() throws BlueprintException {
    String yaml =
        compile(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principal: account-root}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                      - id: SpokeRole
                        trust: {hub: {roleName: Hub, rolePath: /acme/, accountParameter: HubAccount}}
                        policySets: [read-only]
                    """)
            .yaml();
    assertThat(yaml)
        .contains("AWS: !Sub arn:${AWS::Partition}:iam::${HubAccount}:role/acme/Hub")
        .contains("aws:PrincipalOrgID: ${aws:ResourceOrgID}")
        .contains("AllowedPattern: '^\\d{12}$'");
  }

  @Test
  void conflictingPrincipalKeysAreRefused() {
    assertThat(
            errors(
                HEAD
                    + """
                    vendor:
                      accountId: "111122223333"
                      accountIdParameter: AcmeAccount
                      roleArnParameter: AcmeRole
                      principal: role
                      principalArnPattern: role/x-*
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """))
        .contains(
            "ONR209 at vendor.accountIdParameter: vendor.accountIdParameter and vendor.accountId"
                + " name the trusted principal twice",
            "ONR209 at vendor.roleArnParameter: vendor.roleArnParameter and"
                + " vendor.accountIdParameter name the trusted principal twice",
            "ONR209 at vendor.principal: vendor.principal and a principal parameter name the"
                + " trusted principal twice");
  }

  @Test
  void aPatternInAnotherAccountOrTheExternalIdAsPrincipalIsRefused() {
    assertThat(
            errors(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principalArnPattern: "arn:aws:iam::444455556666:role/x"}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """))
        .containsExactly(
            "ONR209 at vendor.principalArnPattern: the pattern is in account 444455556666, not in"
                + " the vendor's account the roles trust");
    assertThat(
            errors(
                HEAD
                    + """
                    vendor: {accountIdParameter: ExternalId, principal: account-root}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """))
        .containsExactly(
            "ONR212 at vendor.accountIdParameter: the vendor's principal cannot be the ExternalId"
                + " parameter");
  }

  @Test
  void aTrustWithoutPrincipalAndADeclaredDefaultOfTheWrongKindAreRefused() {
    assertThat(
            errors(
                HEAD
                    + """
                    vendor: {accountIdParameter: AcmeAccount, principal: account-root}
                    parameters:
                      - {name: AcmeAccount, allowedPattern: "\\\\d{12}", default: "12"}
                    roles:
                      - {id: VendorRole, policySets: [read-only], trust: {customerAccount: false}}
                    """))
        .containsExactly(
            "ONR218 at parameters[0].default: the default '12' of parameter 'AcmeAccount' is not"
                + " an AWS account id",
            "ONR219 at roles[0].trust: the trust of role VendorRole names no principal");
  }

  @Test
  void aDerivedExternalIdIsTestedByEveryVendorRoleAndSentByTheCallback() throws BlueprintException {
    String yaml =
        compile(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principal: account-root}
                    externalId: {source: stack-id}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:onboarding"}
                    """)
            .yaml();
    String derived = "!Select\n";
    assertThat(yaml)
        .doesNotContain("!Ref ExternalId")
        .doesNotContain("\nParameters:\n  ExternalId");
    assertThat(yaml).contains("sts:ExternalId: " + derived).contains("ExternalId: " + derived);
    assertThat(yaml).contains("Outputs:\n  ExternalId:\n");
  }

  @Test
  void theDerivedExternalIdsKeysAloneOrWithAnOrganizationAreRefused() {
    assertThat(
            errors(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principal: account-root}
                    externalId: {prefix: acme-, output: Id}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    """))
        .containsExactly(
            "ONR209 at externalId.prefix: externalId.prefix is used only with source: stack-id",
            "ONR209 at externalId.output: externalId.output is used only with source: stack-id");
    assertThat(
            errors(
                HEAD
                    + """
                    vendor: {accountId: "111122223333", principal: account-root}
                    externalId: {source: stack-id}
                    roles:
                      - {id: VendorRole, policySets: [read-only]}
                    organization: {memberBlueprint: acme}
                    """))
        .contains(
            "ONR209 at externalId.source: an ExternalId derived from the stack id cannot be shared"
                + " with the member stacks of an organization, whose stacks each have an id of"
                + " their own");
  }

  @Test
  void aKnownVendorRoleIsTrustedThroughTheNarrowedRootByDefault() throws BlueprintException {
    CompiledTemplate template =
        compile(
            HEAD
                + """
                vendor: {roleArn: "arn:aws:iam::111122223333:role/acme/Collector"}
                roles:
                  - {id: VendorRole, policySets: [read-only]}
                """);
    assertThat(template.yaml())
        .contains("AWS: !Sub arn:${AWS::Partition}:iam::111122223333:root")
        .contains(
            "ArnEquals:\n"
                + "                aws:PrincipalArn: !Sub"
                + " arn:${AWS::Partition}:iam::111122223333:role/acme/Collector");
    assertThat(
            warnings(
                HEAD
                    + "vendor: {roleArn: \"arn:aws:iam::111122223333:role/x\"}\n"
                    + "roles:\n  - {id: VendorRole, policySets: [read-only]}\n"))
        .isEmpty();
  }

  @Test
  void aWholeAccountIsTrustedOnlyWhenChosenAndThenWithAWarning() throws BlueprintException {
    String body =
        """
        roles:
          - {id: VendorRole, policySets: [read-only]}
        """;
    assertThat(errors(HEAD + "vendor: {accountId: \"111122223333\"}\n" + body))
        .containsExactly(
            "ONR247 at vendor: the roles would trust every principal of the vendor's account"
                + " 111122223333 that holds the ExternalId, and the blueprint does not say so");
    assertThat(errors(HEAD + "vendor: {accountIdParameter: AcmeAccount}\n" + body))
        .containsExactly(
            "ONR247 at vendor: the roles would trust every principal of the vendor's account"
                + " (parameter AcmeAccount) that holds the ExternalId, and the blueprint does not"
                + " say so");

    CompiledTemplate chosen =
        compile(HEAD + "vendor: {accountId: \"111122223333\", principal: account-root}\n" + body);
    assertThat(chosen.yaml())
        .contains("AWS: !Sub arn:${AWS::Partition}:iam::111122223333:root")
        .doesNotContain("aws:PrincipalArn");
    assertThat(
            warnings(
                HEAD + "vendor: {accountId: \"111122223333\", principal: account-root}\n" + body))
        .containsExactly("ONR248 at vendor.principal");
  }

  private static CompiledTemplate compile(String yaml) throws BlueprintException {
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0);
  }

  private static List<String> warnings(String yaml) throws BlueprintException {
    return new Generator()
            .compileAll(
                List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
                Optional.empty())
            .warnings()
            .stream()
            .map(d -> d.code().id() + " at " + d.location().yamlPath())
            .toList();
  }

  private static List<String> errors(String yaml) {
    BlueprintException failure =
        assertThrows(BlueprintException.class, () -> compile(yaml), "the blueprint is refused");
    return failure.errors().stream()
        .map(d -> d.code().id() + " at " + d.location().yamlPath() + ": " + d.message())
        .toList();
  }
}

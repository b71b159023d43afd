package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.resource;
import static dev.onramp.check.CheckFixtures.sub;
import static dev.onramp.check.CheckFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateTree;
import dev.onramp.template.YamlTemplateWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSetNamedIamCheckTest {
  private final StackSetNamedIamCheck check = new StackSetNamedIamCheck();

  /** A member template as the StackSet embeds it: its template tree. */
  private static Map<String, Object> member(Object roleName) {
    return TemplateTree.of(memberTemplate(roleName));
  }

  private static Template memberTemplate(Object roleName) {
    return new Template(
        "member",
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(
            "MemberRole",
            roleName == null
                ? resource("AWS::IAM::Role", "MaxSessionDuration", 3600)
                : resource("AWS::IAM::Role", "RoleName", roleName, "MaxSessionDuration", 3600)),
        Map.of());
  }

  private static Template.Resource stackSet(Object body, Object regions) {
    return resource(
        "AWS::CloudFormation::StackSet",
        "StackSetName",
        sub("${AWS::StackName}-members"),
        "PermissionModel",
        "SERVICE_MANAGED",
        "StackInstancesGroup",
        List.of(
            map(
                "DeploymentTargets",
                map("OrganizationalUnitIds", List.of("ou-abcd-12345678")),
                "Regions",
                regions)),
        "TemplateBody",
        body);
  }

  @Test
  void aNamedRoleDeployedToOneRegionOrNamedPerRegionPasses() {
    assertThat(
            check.check(template("Members", stackSet(member("AcmeAccess"), List.of("us-east-1")))))
        .isEmpty();
    assertThat(
            check.check(
                template(
                    "Members",
                    stackSet(
                        member(sub("AcmeAccess-${AWS::Region}")),
                        List.of("us-east-1", "eu-west-1")))))
        .isEmpty();
    assertThat(
            check.check(
                template("Members", stackSet(member(null), List.of("us-east-1", "eu-west-1")))))
        .isEmpty();
  }

  @Test
  void aNamedRoleDeployedToSeveralRegionsIsAWarning() {
    assertThat(
            rendered(
                check.check(
                    template(
                        "Members",
                        stackSet(member("AcmeAccess"), List.of("us-east-1", "eu-west-1"))))))
        .isEqualTo(
            "test.yaml: warning ONR507 at Resources.Members: StackSet Members deploys to 2 regions"
                + " (eu-west-1, us-east-1), and its template names AWS::IAM::Role MemberRole"
                + " (RoleName AcmeAccess): IAM names are global to an account, so the stack in"
                + " every region after the first fails on a name already taken\n"
                + "  fix: leave the name out (naming: generated), build it with ${AWS::Region}, or"
                + " deploy the IAM resources from a StackSet that targets one region");
  }

  @Test
  void aTemplateBodyGivenAsTextAndRegionsFromAParameterAreReadToo() {
    String body = YamlTemplateWriter.write(memberTemplate(sub("${VendorName}-access")));
    assertThat(
            rendered(check.check(template("Members", stackSet(body, new Fn.Ref("DeployRegions"))))))
        .startsWith(
            "test.yaml: warning ONR507 at Resources.Members: StackSet Members deploys to the"
                + " regions of !Ref DeployRegions, and its template names AWS::IAM::Role"
                + " MemberRole (RoleName ${VendorName}-access)");
  }
}

package dev.onramp.compile.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlobalIamNamesTest {
  private static final SourceLocation REGIONS =
      new SourceLocation("parent.yaml", 8, 3, "organization.regions");
  private static final List<Object> TWO_REGIONS = List.of("us-east-1", "eu-west-1");

  /** A member template with one role, named {@code roleName} (null: no name). */
  private static Template member(Object roleName) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (roleName != null) {
      properties.put("RoleName", roleName);
    }
    properties.put("MaxSessionDuration", 3600);
    return new Template(
        "member",
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of("MemberRole", Template.Resource.of("AWS::IAM::Role", properties)),
        Map.of());
  }

  private static List<String> findings(Template member, List<Object> regions) {
    Diagnostics diagnostics = new Diagnostics();
    GlobalIamNames.check(member, regions, REGIONS, diagnostics);
    return diagnostics.sorted().stream().map(Diagnostic::render).toList();
  }

  @Test
  void aFixedNameInSeveralRegionsIsAWarningWithOneFix() {
    assertThat(findings(member("AcmeAccess"), TWO_REGIONS))
        .containsExactly(
            "parent.yaml:8:3: warning ONR310 at organization.regions: the member template names"
                + " AWS::IAM::Role MemberRole (RoleName AcmeAccess), and the StackSet deploys it"
                + " to 2 regions (us-east-1, eu-west-1): IAM names are global to an account, so"
                + " the stack in every region after the first fails on a name already taken\n"
                + "  fix: let the member's roles use naming: generated (a stack-prefixed name is"
                + " the same in every region), or deploy the member to one region");
  }

  @Test
  void aStackPrefixedNameCollidesToo() {
    // The stacks of one StackSet in one account have the same stack name in every region.
    assertThat(findings(member(Fn.sub("${AWS::StackName}-AcmeAccess")), TWO_REGIONS))
        .singleElement()
        .asString()
        .contains("(RoleName ${AWS::StackName}-AcmeAccess)");
    assertThat(findings(member(Fn.sub("${VendorName}-access")), TWO_REGIONS)).hasSize(1);
  }

  @Test
  void aGeneratedOrPerStackNameOrOneRegionPasses() {
    assertThat(findings(member(null), TWO_REGIONS)).isEmpty();
    assertThat(findings(member(Fn.sub("AcmeAccess-${AWS::Region}")), TWO_REGIONS)).isEmpty();
    assertThat(
            findings(
                member(new Fn.Join("-", List.of("Acme", Fn.ref("AWS::StackId")))), TWO_REGIONS))
        .isEmpty();
    assertThat(findings(member("AcmeAccess"), List.of("us-east-1"))).isEmpty();
    assertThat(findings(member("AcmeAccess"), List.of(Fn.ref("AWS::Region")))).isEmpty();
  }

  @Test
  void onlyIamResourcesWithANameNeedTheStrongerCapability() {
    assertThat(GlobalIamNames.isNamed(member("AcmeAccess").resources().get("MemberRole"))).isTrue();
    assertThat(GlobalIamNames.isNamed(member(null).resources().get("MemberRole"))).isFalse();
    assertThat(
            GlobalIamNames.isNamed(
                Template.Resource.of("AWS::S3::Bucket", Map.of("BucketName", "acme"))))
        .isFalse();
  }
}

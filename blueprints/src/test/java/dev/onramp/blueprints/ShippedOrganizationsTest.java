package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped organization blueprints: naming the management account's blueprint brings its member
 * along, once, rewritten for the vendor; the member fits inline in the StackSet.
 */
class ShippedOrganizationsTest {
  private static final Vendor VENDOR =
      new Vendor(null, "arn:aws:iam::444455556666:role/ExampleOnboarding", null);
  private static final ClassLoader LOADER = ShippedOrganizationsTest.class.getClassLoader();

  @Test
  void namingThePayerAloneBringsItsMember() throws Exception {
    assertThat(names(BlueprintSources.select(List.of(), List.of("finops-payer"), LOADER)))
        .containsExactly("onramp-blueprints:finops-payer", "onramp-blueprints:finops-member");
    assertThat(names(BlueprintSources.select(List.of(), List.of("portal-activation"), LOADER)))
        .containsExactly(
            "onramp-blueprints:portal-activation", "onramp-blueprints:portal-linked-account");
  }

  @Test
  void namingBothDoesNotDuplicateTheMember() throws Exception {
    assertThat(
            names(
                BlueprintSources.select(
                    List.of(), List.of("finops-member", "finops-payer", "finops-payer"), LOADER)))
        .containsExactly("onramp-blueprints:finops-member", "onramp-blueprints:finops-payer");
  }

  @Test
  void aProjectBlueprintOfTheMembersNameIsTheMember() throws Exception {
    BlueprintSource own =
        new BlueprintSource(
            "src/main/blueprints/member.yaml",
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: finops-member}
            vendor: {accountId: "444455556666"}
            roles:
              - id: OwnMemberRole
                policySets: [read-only]
            """
                .getBytes(StandardCharsets.UTF_8));
    assertThat(names(BlueprintSources.select(List.of(own), List.of("finops-payer"), LOADER)))
        .containsExactly("src/main/blueprints/member.yaml", "onramp-blueprints:finops-payer");
  }

  @Test
  void thePayerEmbedsItsMemberInlineRewrittenForTheVendor() throws Exception {
    for (String payer : List.of("finops-payer", "portal-activation")) {
      Generator.Compilation compilation =
          new Generator()
              .compileAll(
                  BlueprintSources.select(List.of(), List.of(payer), LOADER), Optional.of(VENDOR));
      CompiledTemplate management = compilation.templates().get(0);
      CompiledTemplate member = compilation.templates().get(1);
      assertThat(member.yamlBytes().length).as(member.name()).isLessThan(51_200);
      Template.Resource stackSet =
          management.template().resources().values().stream()
              .filter(resource -> resource.type().equals("AWS::CloudFormation::StackSet"))
              .findFirst()
              .orElseThrow();
      Map<String, Object> properties = stackSet.properties();
      assertThat(properties.get("PermissionModel")).isEqualTo("SERVICE_MANAGED");
      assertThat(properties).doesNotContainKey("TemplateURL");
      String body = (String) properties.get("TemplateBody");
      assertThat(body)
          .isEqualTo(new String(member.yamlBytes(), StandardCharsets.UTF_8))
          .contains("iam::444455556666:root")
          .doesNotContain("111122223333");
      assertThat(management.template().parameters())
          .containsKeys("OrganizationalUnitIds", "ExcludedAccountIds");
    }
  }

  @Test
  void thePortalPassesTheAccessLevelOnToTheLinkedAccounts() throws Exception {
    CompiledTemplate portal =
        new Generator()
            .compileAll(
                BlueprintSources.select(List.of(), List.of("portal-activation"), LOADER),
                Optional.of(VENDOR))
            .templates()
            .get(0);
    assertThat(portal.template().parameters().get("AccessLevel").allowedValues())
        .containsExactly("resources-only", "resources-and-tags", "tag-write-back");
    String yaml = new String(portal.yamlBytes(), StandardCharsets.UTF_8);
    assertThat(yaml)
        .contains("ParameterKey: AccessLevel\n          ParameterValue: !Ref AccessLevel")
        .contains(
            "ParameterKey: SyncCostRecommendations\n          ParameterValue: !Ref"
                + " SyncCostRecommendations");
  }

  private static List<String> names(List<BlueprintSource> sources) {
    return sources.stream().map(BlueprintSource::displayName).toList();
  }
}

package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * identity-governance: the parameters the vendor's guide names, and a region limit that IAM
 * enforces: a Deny, only when regions are listed.
 */
class IdentityGovernanceTest {
  private static final Vendor VENDOR =
      new Vendor(null, "arn:aws:iam::444455556666:role/ExampleOnboarding", null);

  private static Template template() throws Exception {
    List<CompiledTemplate> templates =
        new Generator()
            .compileAll(
                List.of(
                    BlueprintSources.builtIn(
                        "identity-governance", IdentityGovernanceTest.class.getClassLoader())),
                Optional.of(VENDOR))
            .templates();
    return templates.get(0).template();
  }

  @Test
  void identityCenterIsASwitchForTheManagementAccountOnly() throws Exception {
    Template template = template();
    Template.Parameter include = template.parameters().get("IncludeAWSIdentityCenter");
    assertThat(include.allowedValues()).containsExactly("true", "false");
    assertThat(include.defaultValue()).isEqualTo("false");
    assertThat(include.description()).contains("only in the organization's management account");
    assertThat(template.resources().get("IdentityGovernanceTrustRoleIdentityCenterReadPolicy"))
        .extracting(Template.Resource::condition)
        .isEqualTo("IncludeAWSIdentityCenterIsTrue");
  }

  @Test
  void theRegionLimitIsADenyPresentOnlyWhenRegionsAreListed() throws Exception {
    Template template = template();
    Template.Parameter regions = template.parameters().get("Regions");
    assertThat(regions.type()).isEqualTo("CommaDelimitedList");
    assertThat(regions.defaultValue()).isEmpty();
    // The condition: the joined list is not empty.
    assertThat(template.conditions().get("HasRegions"))
        .isEqualTo(new Fn.Not(new Fn.Equals(new Fn.Join("", Fn.ref("Regions")), "")));

    Object policies =
        template.resources().get("IdentityGovernanceTrustRole").properties().get("Policies");
    assertThat(policies).isInstanceOf(List.class);
    assertThat((List<?>) policies).hasSize(1);
    Fn.If limit = (Fn.If) ((List<?>) policies).get(0);
    assertThat(limit.condition()).isEqualTo("HasRegions");
    assertThat(limit.whenFalse()).isEqualTo(Fn.noValue());
    Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) limit.whenTrue()).get("PolicyDocument");
    List<?> statements = (List<?>) document.get("Statement");
    assertThat(statements).hasSize(1);
    Map<?, ?> deny = (Map<?, ?>) statements.get(0);
    assertThat(deny.get("Effect")).isEqualTo("Deny");
    assertThat(deny.get("Resource")).isEqualTo("*");
    assertThat(deny.containsKey("Action")).as("Action key").isFalse();
    assertThat(((List<?>) deny.get("NotAction")).stream().map(String::valueOf).toList())
        .contains("iam:*", "sts:*", "organizations:*", "sso:*", "identitystore:*")
        .doesNotContain("ec2:*", "s3:*", "s3:GetObject");
    assertThat(deny.get("Condition"))
        .isEqualTo(Map.of("StringNotEquals", Map.of("aws:RequestedRegion", Fn.ref("Regions"))));

    // Nothing else in the template is a Deny: the limit is this one, guarded statement.
    long denies =
        template.resources().values().stream()
            .filter(resource -> resource.type().equals("AWS::IAM::ManagedPolicy"))
            .filter(resource -> resource.properties().toString().contains("Effect=Deny"))
            .count();
    assertThat(denies).isZero();
  }
}

package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.Generator;
import dev.onramp.guide.GuideAssertions;
import dev.onramp.guide.OnboardingGuide;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every shipped blueprint has an onboarding guide for the vendor that uses it: every section and
 * the vendor's name ({@link ShippedGuideDiagramsIT}: a trust-flow diagram Mermaid's parser
 * accepts).
 */
class ShippedGuidesTest {
  private static final Vendor VENDOR =
      new Vendor(null, "arn:aws:iam::444455556666:role/ExampleOnboarding", null, "Example Cloud");
  private static final ClassLoader LOADER = ShippedGuidesTest.class.getClassLoader();

  @Test
  void everyShippedBlueprintHasAWellFormedGuide() throws Exception {
    Map<String, String> guides = shippedGuides();
    assertThat(guides.keySet())
        .containsExactlyInAnyOrderElementsOf(BlueprintSources.builtInNames(LOADER));
    guides.forEach(
        (name, guide) -> {
          GuideAssertions.assertWellFormed(name, guide);
          assertThat(guide)
              .as(name)
              .startsWith("# Connect your AWS account to Example Cloud\n")
              .contains("iam::444455556666:root")
              .doesNotContain("111122223333");
        });
  }

  /**
   * Every shipped guide's create-stack command names every parameter without a default, and every
   * AWS command of the guide the same region.
   */
  @Test
  void everyShippedGuidesCommandsWorkAsWritten() throws Exception {
    List<String> names = BlueprintSources.builtInNames(LOADER);
    List<BlueprintSource> sources = BlueprintSources.select(List.of(), names, LOADER);
    Generator.Compilation compilation = new Generator().compileAll(sources, Optional.of(VENDOR));
    Map<String, String> guides = new OnboardingGuide().renderAll(compilation);
    compilation
        .templates()
        .forEach(
            compiled -> {
              String guide = guides.get(compiled.name());
              GuideAssertions.assertCreateStackComplete(
                  compiled.name(), guide, compiled.template());
              GuideAssertions.assertOneRegion(compiled.name(), guide);
            });
  }

  /** Every shipped blueprint's guide for {@link #VENDOR}, by blueprint name. */
  static Map<String, String> shippedGuides() throws Exception {
    List<String> names = BlueprintSources.builtInNames(LOADER);
    List<BlueprintSource> sources = BlueprintSources.select(List.of(), names, LOADER);
    return new OnboardingGuide()
        .renderAll(new Generator().compileAll(sources, Optional.of(VENDOR)));
  }

  @Test
  void thePayersGuideSaysWhatStaysAndWhatMemberAccountsGet() throws Exception {
    List<BlueprintSource> sources =
        BlueprintSources.select(List.of(), List.of("finops-payer"), LOADER);
    String guide =
        new OnboardingGuide()
            .renderAll(new Generator().compileAll(sources, Optional.of(VENDOR)))
            .get("finops-payer");
    assertThat(GuideAssertions.section(guide, "Uninstall"))
        .contains("| `CostReportBucket` | `AWS::S3::Bucket` | It holds your billing data");
    assertThat(GuideAssertions.section(guide, "Member accounts"))
        .contains("gives every member account the stack of blueprint `finops-member`");
    assertThat(GuideAssertions.section(guide, "Create the stack"))
        .contains("the template is over 51,200 bytes")
        .contains("--template-url https://<your bucket>.s3.<region>.amazonaws.com/template.yaml");
  }

  @Test
  void theIdentityGovernanceGuideExplainsTheSwitchAndTheRegionLimitInTheFormsWords()
      throws Exception {
    List<BlueprintSource> sources =
        BlueprintSources.select(List.of(), List.of("identity-governance"), LOADER);
    String guide =
        new OnboardingGuide()
            .renderAll(new Generator().compileAll(sources, Optional.of(VENDOR)))
            .get("identity-governance");
    String permissions = GuideAssertions.section(guide, "Permissions");
    assertThat(permissions)
        .contains("| `IncludeAWSIdentityCenter` is `true` |")
        .contains("| **Deny** |")
        .contains("aws:requestedregion=${Regions}` | `Regions` is not empty |");
  }
}

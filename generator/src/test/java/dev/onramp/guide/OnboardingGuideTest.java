package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.freemarker.TemplateRenderException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.generate.Scenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a customer reads: every section of every scenario's guide, its tables and links; then what a
 * guide says of a published, named vendor's stack with a Cost and Usage Report. That Mermaid's own
 * parser accepts every diagram is {@link OnboardingGuideDiagramsIT} (it starts Node).
 */
class OnboardingGuideTest {
  static final String PUBLISHED =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme-payer
        description: Lets Acme | Cloud read *costs* of this payer account.
        version: 2.0.0
      vendor:
        accountId: "111122223333"
        principal: account-root
        name: Acme Cloud
      parameters:
        - name: IncludeIdentityCenter
          type: Boolean
          default: "false"
      roles:
        - id: AcmeRole
          naming: fixed
          name: AcmeCloudAccess
          policySets:
            - billing-read
            - set: identity-center-read
              when: {parameter: IncludeIdentityCenter, equals: "true"}
      costReport:
        bucket: {namePattern: "acme-cur-${AWS::AccountId}-${AWS::Region}"}
        report: {name: acme-cur, timeUnit: HOURLY, format: parquet}
      outputs:
        - name: AcmeRoleArn
          description: Give this to Acme Cloud.
          role: AcmeRole
      publishing: {bucket: "acme-templates-{region}", prefix: onramp}
      regions: [us-east-1, eu-west-1]
      """;

  private static Map<String, String> scenarioGuides;

  @TempDir Path folder;

  @BeforeAll
  static void renderEveryScenario() throws Exception {
    scenarioGuides = scenarioGuides();
  }

  /** Every valid scenario's guide, by blueprint name. */
  static Map<String, String> scenarioGuides() throws Exception {
    Map<String, String> guides = new LinkedHashMap<>();
    for (Path scenario : Scenarios.all("valid")) {
      Compilation compilation =
          new Generator().compileAll(Scenarios.sources(scenario), Optional.empty());
      String name = compilation.templates().get(0).name();
      guides.put(name, new OnboardingGuide().renderAll(compilation).get(name));
    }
    return guides;
  }

  @Test
  void everyGuideHasEverySectionInOrderWithContentsAndWellFormedTables() {
    scenarioGuides.forEach(GuideAssertions::assertWellFormed);
  }

  @Test
  void theTrustTableShowsTheExternalIdConditionOfEveryVendorRole() {
    scenarioGuides.forEach(
        (name, guide) -> {
          String permissions = GuideAssertions.section(guide, "Permissions");
          if (permissions.contains("This stack creates no role:")) {
            // Only existing roles (roles[].existingRole): their own trust policies decide.
            assertThat(permissions).as(name).doesNotContain("| Role | Who may assume it |");
            return;
          }
          assertThat(permissions)
              .as(name)
              .containsPattern("sts:externalid=(\\$\\{|[\\w-]*!Select .*\\$\\{AWS::StackId})");
          // A trust without ExternalId is one of the shapes a role must ask for (roles[].trust):
          // this account, a role of the stack, or the organization's hub.
          permissions
              .lines()
              .filter(row -> row.startsWith("|") && row.contains("no sts:ExternalId"))
              .forEach(
                  row ->
                      assertThat(row)
                          .as(name)
                          .containsAnyOf(
                              ":${AWS::AccountId}:root`",
                              ".Arn}`",
                              "aws:principalorgid=${aws:ResourceOrgID}"));
        });
  }

  @Test
  void aPublishedGuideLinksEveryRegionWithoutAnExternalIdAndNamesTheVendor() throws Exception {
    String guide = new OnboardingGuide().renderAll(compile(PUBLISHED)).get("acme-payer");
    assertThat(guide).startsWith("# Connect your AWS account to Acme Cloud\n");
    String create = GuideAssertions.section(guide, "Create the stack");
    assertThat(create)
        .contains(
            "| `us-east-1` | [**Launch stack** in us-east-1](https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/quickcreate?templateURL=https%3A%2F%2Facme-templates-us-east-1.s3.us-east-1.amazonaws.com%2Fonramp%2Facme-payer%2F2.0.0%2F")
        .contains("templateURL=https%3A%2F%2Facme-templates-eu-west-1.s3.eu-west-1.amazonaws.com")
        .contains("&stackName=acme-payer)")
        .doesNotContain("param_ExternalId")
        .contains(
            "--template-url https://acme-templates-us-east-1.s3.us-east-1.amazonaws.com/onramp/acme-payer/2.0.0/")
        .contains("--capabilities CAPABILITY_NAMED_IAM");
    assertThat(GuideAssertions.section(guide, "Acknowledge the IAM resources"))
        .contains(
            "**I acknowledge that AWS CloudFormation might create IAM resources with custom names**")
        .contains("- It names `AcmeRole`.")
        .contains("create this stack once per account");
  }

  @Test
  void theCostReportBucketIsWhatStaysAfterUninstallAndItsPermissionsAreSwitchedByParameter()
      throws Exception {
    String guide = new OnboardingGuide().renderAll(compile(PUBLISHED)).get("acme-payer");
    assertThat(GuideAssertions.section(guide, "Uninstall"))
        .contains("| `CostReportBucket` | `AWS::S3::Bucket` | It holds your billing data");
    assertThat(GuideAssertions.section(guide, "Before you start"))
        .contains("**Cost and Usage Report**")
        .contains("**Region**: Acme Cloud supports `us-east-1` and `eu-west-1`.");
    assertThat(GuideAssertions.section(guide, "Permissions"))
        .contains("| `identity-center-read` |")
        .contains("| `IncludeIdentityCenter` is `true` |")
        .contains("<summary>Every allowed action, by service and access level</summary>");
    assertThat(GuideAssertions.section(guide, "Check that it worked"))
        .contains("`CREATE_COMPLETE`")
        .contains("| `AcmeRoleArn` | Give this to Acme Cloud. | always |");
    assertThat(GuideAssertions.section(guide, "How it fits together"))
        .contains("awsBilling -->|\"delivers the report\"| CostReportBucket")
        .contains("AcmeRole -->|\"reads the report\"| CostReportBucket");
  }

  @Test
  void textFromTheBlueprintIsEscapedForMarkdown() throws Exception {
    String guide = new OnboardingGuide().renderAll(compile(PUBLISHED)).get("acme-payer");
    assertThat(guide).contains("Lets Acme | Cloud read \\*costs\\* of this payer account.");
  }

  @Test
  void theSameGuideInEveryLocale() throws Exception {
    Locale before = Locale.getDefault();
    try {
      String guide = new OnboardingGuide().renderAll(compile(PUBLISHED)).get("acme-payer");
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(new OnboardingGuide().renderAll(compile(PUBLISHED)).get("acme-payer"))
          .isEqualTo(guide);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aVendorsTemplateReplacesTheBuiltInOneAndAFailingOneNamesItsLine() throws Exception {
    Files.writeString(
        folder.resolve(OnboardingGuide.TEMPLATE),
        "# ${guide.title}\n\nAsk ${guide.vendor} for help.\n",
        StandardCharsets.UTF_8);
    OnboardingGuide custom = new OnboardingGuide(Optional.of(folder));
    assertThat(custom.renderAll(compile(PUBLISHED)).get("acme-payer"))
        .isEqualTo("# Connect your AWS account to Acme Cloud\n\nAsk Acme Cloud for help.\n");

    Files.writeString(
        folder.resolve(OnboardingGuide.TEMPLATE), "# ${guide.titel}\n", StandardCharsets.UTF_8);
    OnboardingGuide broken = new OnboardingGuide(Optional.of(folder));
    assertThatThrownBy(() -> broken.renderAll(compile(PUBLISHED)))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("template guide.ftl failed")
        .hasMessageContaining("guide.titel")
        .hasMessageContaining("line 1");
  }

  @Test
  void writingReplacesEachGuideWhole() throws Exception {
    Compilation compilation = compile(PUBLISHED);
    Path guide = folder.resolve("guides/acme-payer").resolve(OnboardingGuide.FILE);
    Files.createDirectories(guide.getParent());
    Files.writeString(guide, "an older guide, longer than nothing at all ".repeat(400));
    Map<String, Path> written =
        new OnboardingGuide().writeAll(compilation, folder.resolve("guides"));
    assertThat(written).containsEntry("acme-payer", guide);
    assertThat(Files.readString(guide))
        .isEqualTo(new OnboardingGuide().renderAll(compilation).get("acme-payer"));
    try (var files = Files.list(guide.getParent())) {
      assertThat(files.toList()).containsExactly(guide);
    }
  }

  static Compilation compile(String blueprint) throws Exception {
    return new Generator()
        .compileAll(
            List.of(
                new BlueprintSource("acme-payer.yaml", blueprint.getBytes(StandardCharsets.UTF_8))),
            Optional.empty());
  }
}

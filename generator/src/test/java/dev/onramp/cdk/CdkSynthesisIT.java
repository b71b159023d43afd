package dev.onramp.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.cdk.GeneratedConstructs.GeneratedConstruct;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateEvaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * Every golden scenario's construct, compiled against aws-cdk-lib and synthesized in this JVM, has
 * the resources, properties, conditions, rules, outputs and IAM access of the directly generated
 * template under the same parameter values: once with the defaults, once with the switches flipped.
 * All synths share one JVM (the first one starts Node and takes seconds, the others milliseconds)
 * and one app per scenario, a stack per set of values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdkSynthesisIT {
  /** Values for the parameters that have no default. */
  private static final Map<String, String> REQUIRED =
      Map.ofEntries(
          Map.entry("ExternalId", "acme-tenant-42"),
          Map.entry("AcmeExternalId", "acme-tenant-42"),
          Map.entry("AccountIds", "111111111111,222222222222"),
          Map.entry("OrganizationalUnitIds", "ou-ab12-11111111,ou-ab12-22222222"),
          Map.entry(
              "CostReportKmsKeyArn",
              "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
          // Names of the customer's existing report, bucket and role, and chosen names.
          Map.entry("CurBucketName", "acme-billing"),
          Map.entry("CurPrefix", "cur"),
          Map.entry("CurReportName", "acme-cur"),
          Map.entry("CurBucketRegion", "eu-west-1"),
          Map.entry("ReportBucket", "acme-cur-123456789012"),
          Map.entry("ReportName", "acme-cur"),
          Map.entry("ExistingRoleName", "AcmeConnector"),
          Map.entry("ManagementAccountId", "999988887777"),
          Map.entry("ScannerRoleArn", "arn:aws:iam::111122223333:role/Scanner"),
          Map.entry("VendorAccountId", "111122223333"),
          Map.entry("ApiToken", "nimbus-token-0123456789"),
          Map.entry("InventoryRoleName", "AcmeInventory"),
          // Values the vendor-shaped scenarios ask for.
          Map.entry("ScanbridgeApiKey", "0123456789abcdef0123456789abcdef"),
          Map.entry("TelemetrixApiKey", "0123456789abcdef0123456789abcdef"),
          Map.entry("ReportBucketName", "acme-billing-reports"),
          Map.entry("IngestionUrl", "https://intake.eu.signalry.example/v1"),
          Map.entry("IngestionApiKey", "signalry-key-0123456789"),
          Map.entry("PosturaToken", "postura-token-0123456789abcdef0123456789"),
          Map.entry("PosturaRoleArn", "arn:aws:iam::111122223333:role/PosturaScanner"),
          Map.entry("SignalryRoleArn", "arn:aws:iam::111122223333:role/SignalryForwarder"));

  /** Per blueprint: values that flip its switches, in the template's text form. */
  private static final Map<String, Map<String, String>> ALTERNATIVES =
      Map.of(
          "access-level-switches",
          Map.of(
              "AccessLevel", "tag-write-back",
              "IncludeIdentityCenter", "true",
              "SyncCostRecommendations", "false"),
          "permissions-boundary",
          Map.of("AuditBoundaryArn", "arn:aws:iam::123456789012:policy/AuditBoundary"),
          "notify-callback",
          Map.of("TeamName", "finance", "RegistrationRegion", "eu-west-1"),
          "org-service-managed",
          Map.of(
              "ExcludedAccountIds", "333333333333,444444444444", "IncludeIdentityCenter", "true"),
          "role-names-from-parameters",
          Map.of("RolePrefix", "acme-", "AuditRoleName", "AcmeSecurityAudit"),
          "ssm-parameters-and-tags",
          Map.of("TeamTag", "/acme/other-team", "AllowedRegions", "/acme/eu-regions"),
          "org-self-managed",
          Map.of(
              "IncludeManagementAccount", "false",
              "PermissionsBoundaryArn", "arn:aws:iam::123456789012:policy/Boundary"),
          "cur-create-or-existing",
          Map.of("CurSource", "existing", "CurBucketRegion", "eu-west-1"),
          "read-existing-buckets",
          Map.of("ScannedBuckets", "acme-logs,acme-audit", "ExportBuckets", ""),
          "existing-role-policies",
          Map.of("ConnectorBuckets", "acme-connector"));

  private Path work;

  private final List<GeneratedConstruct> constructs = new ArrayList<>();
  private ClassLoader classes;

  @BeforeAll
  void generateAndCompileEveryConstruct(@TempDir Path work) throws Exception {
    this.work = work;
    constructs.addAll(
        GeneratedConstructs.generate(GeneratedConstructs.compiledScenarios(), work.resolve("src")));
    assertThat(constructs).hasSizeGreaterThanOrEqualTo(5);
    classes = InMemoryCompilation.compile(work.resolve("src"), work.resolve("classes"));
  }

  @TestFactory
  Stream<DynamicTest> eachConstructSynthesizesToItsTemplate() {
    return constructs.stream()
        .map(
            construct ->
                DynamicTest.dynamicTest(
                    construct.template().name(), () -> synthesizeAndCompare(construct)));
  }

  private void synthesizeAndCompare(GeneratedConstruct construct) throws Exception {
    List<Map<String, String>> cases = cases(construct);
    App app =
        App.Builder.create()
            .analyticsReporting(false)
            .outdir(work.resolve("cdk.out").resolve(construct.template().name()).toString())
            .build();
    for (int i = 0; i < cases.size(); i++) {
      Stack stack =
          new Stack(
              app,
              "Case" + i,
              StackProps.builder().synthesizer(new BootstraplessSynthesizer()).build());
      instantiate(construct, stack, cases.get(i));
    }
    CloudAssembly assembly = app.synth();
    for (int i = 0; i < cases.size(); i++) {
      Map<String, Object> values = new LinkedHashMap<>(cases.get(i));
      Template expected = TemplateEvaluator.evaluate(construct.template().template(), values);
      // The construct decides in Java what it can; what it leaves to CloudFormation (a condition
      // on the region) may still hold decided parts, so both sides are evaluated alike.
      Template synthesized =
          TemplateEvaluator.evaluate(
              SynthesizedTemplates.normalize(
                  TemplateEquivalence.text(assembly.getStackByName("Case" + i).getTemplate())),
              Map.of());
      assertThat(SynthesizedTemplates.differences(expected, synthesized))
          .as("%s with %s", construct.template().name(), values)
          .isEmpty();
    }
  }

  /** The defaults (required values only), and the switches flipped where the test has values. */
  static List<Map<String, String>> cases(GeneratedConstruct construct) {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (PropView prop : construct.view().props().props()) {
      if (prop.required()) {
        assertThat(REQUIRED)
            .as("a value for %s", prop.parameterName())
            .containsKey(prop.parameterName());
        defaults.put(prop.parameterName(), REQUIRED.get(prop.parameterName()));
      }
    }
    Map<String, String> alternative = ALTERNATIVES.get(construct.template().name());
    if (alternative == null) {
      return List.of(defaults);
    }
    Map<String, String> flipped = new LinkedHashMap<>(defaults);
    flipped.putAll(alternative);
    return List.of(defaults, flipped);
  }

  private void instantiate(GeneratedConstruct construct, Stack stack, Map<String, String> values)
      throws Exception {
    GeneratedConstructs.instantiate(classes, construct, stack, values);
  }

  private Object props(GeneratedConstruct construct, Map<String, String> values) throws Exception {
    return GeneratedConstructs.props(classes, construct, values);
  }

  /** The comparison is not blind: the flipped switches' stack is not the defaults' template. */
  @Test
  void aStackWithOtherValuesDiffersFromTheTemplate() throws Exception {
    GeneratedConstruct portal = construct("access-level-switches");
    List<Map<String, String>> cases = cases(portal);
    App app =
        App.Builder.create()
            .analyticsReporting(false)
            .outdir(work.resolve("cdk.out/other-values").toString())
            .build();
    Stack stack =
        new Stack(
            app,
            "Flipped",
            StackProps.builder().synthesizer(new BootstraplessSynthesizer()).build());
    instantiate(portal, stack, cases.get(1));
    Template synthesized =
        TemplateEvaluator.evaluate(
            SynthesizedTemplates.normalize(
                TemplateEquivalence.text(app.synth().getStackByName("Flipped").getTemplate())),
            Map.of());
    Template defaults =
        TemplateEvaluator.evaluate(portal.template().template(), new LinkedHashMap<>(cases.get(0)));
    assertThat(SynthesizedTemplates.differences(defaults, synthesized))
        .anySatisfy(
            difference ->
                assertThat(difference)
                    .isEqualTo(
                        "resource PortalRoleTagWriteBackPolicy: unexpected"
                            + " (AWS::IAM::ManagedPolicy)"))
        .anySatisfy(difference -> assertThat(difference).startsWith("IAM: "));
  }

  @Test
  void propsCheckTheTemplatesConstraintsWhenBuilt() {
    GeneratedConstruct portal = construct("access-level-switches");
    assertThatThrownBy(() -> props(portal, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("externalId is required: the template has no default for it");
    assertThatThrownBy(() -> props(portal, Map.of("ExternalId", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "externalId 'x': Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _");
    assertThatThrownBy(
            () -> props(portal, Map.of("ExternalId", "tenant-1", "AccessLevel", "everything")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "accessLevel 'everything': must be one of resources-only, resources-and-tags,"
                + " tag-write-back");
    GeneratedConstruct organization = construct("org-self-managed");
    assertThatThrownBy(
            () -> props(organization, Map.of("ExternalId", "tenant-1", "AccountIds", "1234")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountIds '1234': Each must be a 12-digit AWS account id.");
  }

  private GeneratedConstruct construct(String blueprint) {
    return constructs.stream()
        .filter(construct -> construct.template().name().equals(blueprint))
        .findFirst()
        .orElseThrow();
  }
}

package dev.onramp.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateEvaluatorTest {
  private static final String EXTERNAL_ID = "vendor-external-id";

  private static Template golden(String scenario) {
    String path = "/scenarios/valid/" + scenario + "/expected/template.yaml";
    try (InputStream in = TemplateEvaluatorTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return TemplateReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Template evaluate(String scenario, Map<String, Object> values) {
    return TemplateEvaluator.evaluate(golden(scenario), values);
  }

  private static Map<String, Object> properties(Template template, String resource) {
    assertThat(template.resources()).containsKey(resource);
    return template.resources().get(resource).properties();
  }

  private static Template read(String yaml) {
    return TemplateReader.read(yaml);
  }

  @Nested
  class GoldenTemplates {

    /** Values for the goldens' parameters that have no default. */
    private static final Map<String, Object> REQUIRED =
        Map.ofEntries(
            Map.entry("ExternalId", EXTERNAL_ID),
            Map.entry("AcmeExternalId", EXTERNAL_ID),
            Map.entry("AccountIds", List.of("111111111111")),
            Map.entry("OrganizationalUnitIds", List.of("r-ab12")),
            Map.entry("CostReportKmsKeyArn", "arn:aws:kms:us-east-1:111111111111:key/abc-123"),
            // Names of the customer's existing report, bucket and role, and chosen names.
            Map.entry("CurBucketName", "acme-billing"),
            Map.entry("CurPrefix", "cur"),
            Map.entry("CurReportName", "acme-cur"),
            Map.entry("CurBucketRegion", "us-east-1"),
            Map.entry("ReportBucket", "acme-cur-111111111111"),
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

    @TestFactory
    Stream<DynamicTest> everyGoldenEvaluatesWithoutParametersLeft() throws Exception {
      Path root = Paths.get(TemplateEvaluatorTest.class.getResource("/scenarios/valid").toURI());
      List<Path> goldens;
      try (Stream<Path> scenarios = Files.list(root)) {
        goldens =
            scenarios
                .map(scenario -> scenario.resolve("expected/template.yaml"))
                .filter(Files::exists)
                .sorted()
                .toList();
      }
      assertThat(goldens).hasSizeGreaterThan(10);
      return goldens.stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(
                      file.getParent().getParent().getFileName().toString(),
                      () -> {
                        Template template = TemplateReader.read(Files.readString(file));
                        Map<String, Object> values = new HashMap<>(REQUIRED);
                        values.keySet().retainAll(template.parameters().keySet());
                        Template evaluated = TemplateEvaluator.evaluate(template, values);

                        // Only what CloudFormation reads from Parameter Store is left.
                        Set<String> readAtDeployment = new TreeSet<>();
                        template
                            .parameters()
                            .forEach(
                                (name, parameter) -> {
                                  if (parameter.type().startsWith("AWS::SSM::Parameter::Value<")) {
                                    readAtDeployment.add(name);
                                  }
                                });
                        assertThat(evaluated.parameters().keySet())
                            .containsExactlyInAnyOrderElementsOf(readAtDeployment);
                        Set<String> names = new TreeSet<>();
                        referencedNames(TemplateTree.of(evaluated), names);
                        Set<String> resolved = new TreeSet<>(template.parameters().keySet());
                        resolved.removeAll(readAtDeployment);
                        assertThat(names)
                            .doesNotContainAnyElementsOf(
                                template.parameters().isEmpty() ? Set.of("ExternalId") : resolved);
                        if (readAtDeployment.isEmpty()) {
                          assertThat(YamlTemplateWriter.write(evaluated))
                              .doesNotContain("\nParameters:");
                        }
                      }));
    }

    /**
     * Every Ref and Sub variable name in {@code value}; text (a TemplateBody) is not looked into.
     */
    private static void referencedNames(Object value, Set<String> names) {
      if (value instanceof Map<?, ?> map) {
        map.values().forEach(entry -> referencedNames(entry, names));
      } else if (value instanceof List<?> list) {
        list.forEach(item -> referencedNames(item, names));
      } else if (value instanceof Fn.Ref ref) {
        names.add(ref.name());
      } else if (value instanceof Fn.Sub sub) {
        SubText.parse(sub.text()).stream()
            .filter(SubText.Variable.class::isInstance)
            .map(part -> ((SubText.Variable) part).name())
            .forEach(names::add);
      } else if (value instanceof Fn fn) {
        referencedNames(fn.argument(), names);
      }
    }

    @ParameterizedTest
    @CsvSource({
      "resources-only, false, false",
      "resources-and-tags, true, false",
      "tag-write-back, true, true"
    })
    void accessLevelSwitchesKeepThePoliciesOfTheChosenLevel(
        String level, boolean tagsRead, boolean tagWrite) {
      Template evaluated =
          evaluate(
              "access-level-switches", Map.of("ExternalId", EXTERNAL_ID, "AccessLevel", level));

      assertThat(evaluated.resources().containsKey("PortalRoleResourceTagsReadPolicy"))
          .isEqualTo(tagsRead);
      assertThat(evaluated.resources().containsKey("PortalRoleTagWriteBackPolicy"))
          .isEqualTo(tagWrite);
      // Defaults: IncludeIdentityCenter false, SyncCostRecommendations true.
      assertThat(evaluated.resources())
          .doesNotContainKeys(
              "PortalRoleIdentityCenterReadPolicy", "PortalRoleOrganizationsReadPolicy")
          .containsKeys(
              "PortalRole", "PortalRoleReadOnlyPolicyPart1", "PortalRoleBillingReadPolicy");
      assertThat(evaluated.resources().values())
          .allSatisfy(resource -> assertThat(resource.condition()).isNull());
      assertThat(evaluated.parameters()).isEmpty();
      assertThat(evaluated.conditions()).isEmpty();
      assertThat(evaluated.metadata()).containsOnlyKeys("Onramp");
    }

    @Test
    void parameterReferencesBecomeTheirValuesAndPseudoParametersStay() {
      Template evaluated = evaluate("access-level-switches", Map.of("ExternalId", EXTERNAL_ID));

      Map<?, ?> statement =
          (Map<?, ?>)
              ((List<?>)
                      ((Map<?, ?>)
                              properties(evaluated, "PortalRole").get("AssumeRolePolicyDocument"))
                          .get("Statement"))
                  .get(0);
      assertThat(statement.get("Condition"))
          .isEqualTo(Map.of("StringEquals", Map.of("sts:ExternalId", EXTERNAL_ID)));
      assertThat(statement.get("Principal"))
          .isEqualTo(
              Map.of(
                  "AWS",
                  new Fn.Sub("arn:${AWS::Partition}:iam::777788889999:role/PortalCollector")));
      assertThat(properties(evaluated, "PortalRole").get("MaxSessionDuration")).isEqualTo(3600);
      assertThat(evaluated.outputs().get("PortalRoleArn").value())
          .isEqualTo(new Fn.GetAtt("PortalRole", "Arn"));
    }

    @Test
    void anEmptyBoundaryLeavesThePropertyOut() {
      Template evaluated = evaluate("permissions-boundary", Map.of("ExternalId", EXTERNAL_ID));

      assertThat(properties(evaluated, "AuditRole")).doesNotContainKey("PermissionsBoundary");
      assertThat(properties(evaluated, "BillingRole")).doesNotContainKey("PermissionsBoundary");
    }

    @Test
    void aBoundaryIsTheGivenArn() {
      String arn = "arn:aws:iam::123456789012:policy/Fence";
      Template evaluated =
          evaluate(
              "permissions-boundary", Map.of("ExternalId", EXTERNAL_ID, "AuditBoundaryArn", arn));

      assertThat(properties(evaluated, "AuditRole").get("PermissionsBoundary")).isEqualTo(arn);
      assertThat(properties(evaluated, "BillingRole")).doesNotContainKey("PermissionsBoundary");
    }

    @Test
    void theManagementAccountsResourcesGoWithTheSwitch() {
      List<String> accounts = List.of("111111111111", "222222222222");
      Template without =
          evaluate(
              "org-self-managed",
              Map.of(
                  "ExternalId",
                  EXTERNAL_ID,
                  "AccountIds",
                  accounts,
                  "IncludeManagementAccount",
                  "false"));

      assertThat(without.resources())
          .doesNotContainKeys(
              "ManagementAcmeAccountRole",
              "ManagementAcmeAccountRoleReadOnlyPolicyPart1",
              "ManagementVendorRegistration");
      assertThat(without.outputs()).doesNotContainKey("ManagementAcmeAccountRoleArn");
      // false satisfies the region rule whatever the region.
      assertThat(without.rules()).isEmpty();
      assertThat(without.conditions()).isEmpty();
      Map<?, ?> group =
          (Map<?, ?>)
              ((List<?>) properties(without, "MemberStackSet").get("StackInstancesGroup")).get(0);
      assertThat(((Map<?, ?>) group.get("DeploymentTargets")).get("Accounts")).isEqualTo(accounts);

      Template with =
          evaluate(
              "org-self-managed",
              Map.of(
                  "ExternalId",
                  EXTERNAL_ID,
                  "AccountIds",
                  "111111111111,222222222222",
                  "PermissionsBoundaryArn",
                  "arn:aws:iam::aws:policy/PowerUserAccess"));

      assertThat(with.resources())
          .containsKeys("ManagementAcmeAccountRole", "ManagementVendorRegistration");
      assertThat(with.resources().get("ManagementAcmeAccountRole").condition()).isNull();
      assertThat(properties(with, "ManagementAcmeAccountRole").get("PermissionsBoundary"))
          .isEqualTo("arn:aws:iam::aws:policy/PowerUserAccess");
      assertThat(with.outputs().get("ManagementAcmeAccountRoleArn").condition()).isNull();
      // The rule now depends on the region alone: kept for CloudFormation, the decided half gone.
      Map<?, ?> rule = (Map<?, ?>) with.rules().get("ManagementRegistrationInTopicRegion");
      Map<?, ?> assertion = (Map<?, ?>) ((List<?>) rule.get("Assertions")).get(0);
      assertThat(assertion.get("Assert"))
          .isEqualTo(new Fn.Equals(new Fn.Ref("AWS::Region"), "us-east-1"));
      assertThat((String) assertion.get("AssertDescription")).contains("us-east-1");
    }

    @Test
    void aRegionRuleIsKept() {
      Template original = golden("cur-native");
      Template evaluated = TemplateEvaluator.evaluate(original, Map.of("ExternalId", EXTERNAL_ID));

      assertThat(evaluated.rules()).isEqualTo(original.rules());
      assertThat(evaluated.rules()).containsOnlyKeys("CostReportOnlyInUsEast1");
    }

    @Test
    void aConditionOnThePartitionStaysWithWhatUsesIt() {
      Template original = golden("cur-lambda-eu-west-1");
      Template evaluated = TemplateEvaluator.evaluate(original, Map.of("ExternalId", EXTERNAL_ID));

      assertThat(evaluated.conditions()).isEqualTo(original.conditions());
      assertThat(evaluated.resources().keySet()).isEqualTo(original.resources().keySet());
    }

    @Test
    void aRegistrationRegionDecidesOrLeavesTheRegistrationToTheDeployment() {
      Template everywhere = evaluate("notify-callback", Map.of("ExternalId", EXTERNAL_ID));
      assertThat(everywhere.conditions()).isEmpty();
      assertThat(everywhere.resources().get("VendorRegistration").condition()).isNull();
      assertThat(everywhere.outputs().get("Team").value()).isEqualTo("platform");
      assertThat(properties(everywhere, "VendorRegistration").get("Outputs"))
          .isEqualTo(
              Map.of(
                  "InventoryRoleArn", new Fn.GetAtt("InventoryRole", "Arn"), "Team", "platform"));

      Template oneRegion =
          evaluate(
              "notify-callback",
              Map.of("ExternalId", EXTERNAL_ID, "RegistrationRegion", "eu-west-1"));
      assertThat(oneRegion.conditions())
          .containsExactly(
              Map.entry(
                  "RegistersInThisRegion", new Fn.Equals("eu-west-1", new Fn.Ref("AWS::Region"))));
      assertThat(oneRegion.resources().get("VendorRegistration").condition())
          .isEqualTo("RegistersInThisRegion");
      Map<?, ?> rule = (Map<?, ?>) oneRegion.rules().get("RegistrationInTopicRegion");
      assertThat(((Map<?, ?>) ((List<?>) rule.get("Assertions")).get(0)).get("Assert"))
          .isEqualTo(
              new Fn.Or(
                  List.of(
                      new Fn.Equals(new Fn.Ref("AWS::Region"), "us-east-1"),
                      new Fn.Not(new Fn.Equals("eu-west-1", new Fn.Ref("AWS::Region"))))));
    }

    @Test
    void aJoinedListParameterDecidesItsCondition() {
      Map<String, Object> values =
          Map.of("ExternalId", EXTERNAL_ID, "OrganizationalUnitIds", List.of("r-ab12"));
      Template none = evaluate("org-service-managed", values);
      assertThat(none.conditions()).doesNotContainKey("HasExcludedAccountIds");
      assertThat(none.parameters()).isEmpty();
      assertThat(none.toString()).doesNotContain("HasExcludedAccountIds");

      Template some =
          TemplateEvaluator.evaluate(
              golden("org-service-managed"),
              Map.of(
                  "ExternalId",
                  EXTERNAL_ID,
                  "OrganizationalUnitIds",
                  List.of("r-ab12"),
                  "ExcludedAccountIds",
                  List.of("111111111111")));
      assertThat(some.toString()).contains("111111111111").doesNotContain("HasExcludedAccountIds");
    }
  }

  @Nested
  class Values {

    @Test
    void subReplacesParametersAndKeepsPseudoParametersAndAttributes() {
      Template evaluated =
          TemplateEvaluator.evaluate(
              read(
                  """
                  Parameters:
                    Account: {Type: String}
                    Name: {Type: String, Default: portal}
                  Resources:
                    R:
                      Type: Test::Thing
                      Properties:
                        Mixed: !Sub arn:${AWS::Partition}:iam::${Account}:role/${Name}
                        Plain: !Sub ${Name}-reader
                        Attribute: !Sub ${Role.Arn}/${Name}
                  """),
              Map.of("Account", "123456789012"));

      Map<String, Object> p = evaluated.resources().get("R").properties();
      assertThat(p.get("Mixed"))
          .isEqualTo(new Fn.Sub("arn:${AWS::Partition}:iam::123456789012:role/portal"));
      assertThat(p.get("Plain")).isEqualTo("portal-reader");
      assertThat(p.get("Attribute")).isEqualTo(new Fn.Sub("${Role.Arn}/portal"));
    }

    @Test
    void subEscapesStayLiteral() {
      Template evaluated =
          TemplateEvaluator.evaluate(
              read(
                  """
                  Parameters:
                    Name: {Type: String}
                  Resources:
                    R:
                      Type: Test::Thing
                      Properties:
                        Resolved: !Sub ${!Literal}-${Name}
                        StillSub: !Sub ${!Literal}-${AWS::Region}-${Name}
                  """),
              Map.of("Name", "x${AWS::Region}"));

      Map<String, Object> p = evaluated.resources().get("R").properties();
      // Without variables, the text CloudFormation renders: the escape resolved, the value as is.
      assertThat(p.get("Resolved")).isEqualTo("${Literal}-x${AWS::Region}");
      // Still a Sub: the escape as written, and the value escaped so it is no variable.
      assertThat(p.get("StillSub"))
          .isEqualTo(new Fn.Sub("${!Literal}-${AWS::Region}-x${!AWS::Region}"));
    }

    @Test
    void joinOfKnownTextIsTextAndKeepsWhatTheDeploymentKnows() {
      Template evaluated =
          TemplateEvaluator.evaluate(
              read(
                  """
                  Parameters:
                    Ids: {Type: CommaDelimitedList}
                    Size: {Type: Number, Default: 3600}
                  Resources:
                    R:
                      Type: Test::Thing
                      Properties:
                        Known: !Join [',', !Ref Ids]
                        Mixed: !Join ['', ['arn:', !Ref AWS::Partition, ':', !Ref Size]]
                        List: !Ref Ids
                        Number: !Ref Size
                  """),
              Map.of("Ids", List.of("a", "b")));

      Map<String, Object> p = evaluated.resources().get("R").properties();
      assertThat(p.get("Known")).isEqualTo("a,b");
      assertThat(p.get("Mixed"))
          .isEqualTo(new Fn.Join("", List.of("arn:", new Fn.Ref("AWS::Partition"), ":", "3600")));
      assertThat(p.get("List")).isEqualTo(List.of("a", "b"));
      // Ref of a Number is text, as CloudFormation substitutes it.
      assertThat(p.get("Number")).isEqualTo("3600");
    }

    @Test
    void noValueRemovesTheKeyOrItemAndDroppedResourcesLeaveDependsOn() {
      Template evaluated =
          TemplateEvaluator.evaluate(
              read(
                  """
                  Parameters:
                    Mode: {Type: String, Default: 'off', AllowedValues: ['on', 'off']}
                  Conditions:
                    IsOn: !Equals [!Ref Mode, 'on']
                    IsOnInChina: !And
                      - !Condition IsOn
                      - !Equals [!Ref AWS::Partition, aws-cn]
                    IsOffOrInChina: !Or
                      - !Not [!Condition IsOn]
                      - !Equals [!Ref AWS::Partition, aws-cn]
                  Resources:
                    Extra:
                      Type: Test::Thing
                      Condition: IsOn
                    China:
                      Type: Test::Thing
                      Condition: IsOnInChina
                    R:
                      Type: Test::Thing
                      DependsOn: [Extra, China]
                      Properties:
                        Items: [a, !If [IsOn, b, !Ref AWS::NoValue], c]
                        Maybe: !If [IsOn, x, !Ref AWS::NoValue]
                        Chosen: !If [IsOn, x, y]
                  Outputs:
                    Extra:
                      Condition: IsOn
                      Value: !Ref Extra
                  """),
              Map.of());

      assertThat(evaluated.resources()).containsOnlyKeys("R");
      Template.Resource r = evaluated.resources().get("R");
      assertThat(r.dependsOn()).isEmpty();
      assertThat(r.properties())
          .containsExactly(Map.entry("Items", List.of("a", "c")), Map.entry("Chosen", "y"));
      assertThat(evaluated.outputs()).isEmpty();
      // IsOnInChina is decided false; IsOffOrInChina decided true: neither is kept.
      assertThat(evaluated.conditions()).isEmpty();
    }

    @Test
    void anUndecidedIfStaysWithItsBranchesEvaluated() {
      Template evaluated =
          TemplateEvaluator.evaluate(
              read(
                  """
                  Parameters:
                    Name: {Type: String}
                  Conditions:
                    InChina: !Equals [!Ref AWS::Partition, aws-cn]
                  Resources:
                    R:
                      Type: Test::Thing
                      Condition: InChina
                      Properties:
                        Value: !If [InChina, !Ref Name, !Ref AWS::NoValue]
                  """),
              Map.of("Name", "n"));

      Template.Resource r = evaluated.resources().get("R");
      assertThat(r.condition()).isEqualTo("InChina");
      assertThat(r.properties().get("Value"))
          .isEqualTo(new Fn.If("InChina", "n", new Fn.Ref("AWS::NoValue")));
      assertThat(evaluated.conditions())
          .containsExactly(
              Map.entry("InChina", new Fn.Equals(new Fn.Ref("AWS::Partition"), "aws-cn")));
    }
  }

  @Nested
  class Errors {
    private final Template template =
        read(
            """
            Parameters:
              Level:
                Type: String
                Default: low
                AllowedValues: [low, high]
                ConstraintDescription: Must be low or high.
              Id:
                Type: String
                AllowedPattern: '^[a-z]{3}$'
                MinLength: 3
              Ids:
                Type: CommaDelimitedList
                Default: ''
                AllowedPattern: '^(\\d{2})?$'
                ConstraintDescription: Each must be two digits.
            Rules:
              HighNeedsLongId:
                RuleCondition: !Equals [!Ref Level, high]
                Assertions:
                  - Assert: !Not [!Equals [!Ref Id, abc]]
                    AssertDescription: The id abc is reserved at level high.
            Resources:
              R: {Type: Test::Thing}
            """);

    @Test
    void aMissingValueWithoutDefaultNamesTheParameter() {
      assertThatThrownBy(() -> TemplateEvaluator.evaluate(template, Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'Id'");
    }

    @Test
    void aValueOutsideAllowedValuesSaysTheConstraintDescription() {
      assertThatThrownBy(
              () -> TemplateEvaluator.evaluate(template, Map.of("Id", "abc", "Level", "medium")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Parameter 'Level' failed to satisfy constraint: Must be low or high.");
    }

    @Test
    void aValueOutsideThePatternSaysThePatternWithoutConstraintDescription() {
      assertThatThrownBy(() -> TemplateEvaluator.evaluate(template, Map.of("Id", "ab1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Parameter 'Id' must match pattern ^[a-z]{3}$");
    }

    @Test
    void eachListItemMatchesThePattern() {
      assertThat(
              TemplateEvaluator.evaluate(template, Map.of("Id", "abd", "Ids", List.of("12", "34")))
                  .rules())
          .isEmpty();
      assertThatThrownBy(
              () -> TemplateEvaluator.evaluate(template, Map.of("Id", "abd", "Ids", "12,345")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Parameter 'Ids' failed to satisfy constraint: Each must be two digits.");
    }

    @Test
    void anUndeclaredParameterIsAnError() {
      assertThatThrownBy(
              () -> TemplateEvaluator.evaluate(template, Map.of("Id", "abc", "Other", "x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[Other]");
    }

    @Test
    void aFailingAssertionSaysItsDescription() {
      assertThat(TemplateEvaluator.evaluate(template, Map.of("Id", "abc")).rules()).isEmpty();
      assertThatThrownBy(
              () -> TemplateEvaluator.evaluate(template, Map.of("Id", "abc", "Level", "high")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("The id abc is reserved at level high.");
    }

    @Test
    void aRuleTheDeploymentDecidesKeepsItsFailingAssertionForCloudFormation() {
      Template rules =
          read(
              """
              Parameters:
                Mode: {Type: String}
              Rules:
                OnlyInChina:
                  RuleCondition: !Equals [!Ref AWS::Partition, aws-cn]
                  Assertions:
                    - Assert: !Equals [!Ref Mode, china]
                      AssertDescription: In China, Mode is china.
                NotApplying:
                  RuleCondition: !Equals [!Ref Mode, other]
                  Assertions:
                    - Assert: !Equals [!Ref Mode, never]
              Resources:
                R: {Type: Test::Thing}
              """);

      assertThat(TemplateEvaluator.evaluate(rules, Map.of("Mode", "global")).rules())
          .containsExactly(
              Map.entry(
                  "OnlyInChina",
                  Map.of(
                      "RuleCondition",
                      new Fn.Equals(new Fn.Ref("AWS::Partition"), "aws-cn"),
                      "Assertions",
                      List.of(
                          Map.of(
                              "Assert",
                              new Fn.Equals("global", "china"),
                              "AssertDescription",
                              "In China, Mode is china.")))));
      assertThat(TemplateEvaluator.evaluate(rules, Map.of("Mode", "china")).rules()).isEmpty();
    }

    @Test
    void aNumberParameterTakesNumbersOnly() {
      Template numbers =
          read(
              """
              Parameters:
                Size: {Type: Number, AllowedValues: [60, 120]}
              Resources:
                R: {Type: Test::Thing, Properties: {Size: !Ref Size}}
              """);
      assertThat(
              TemplateEvaluator.evaluate(numbers, Map.of("Size", 120))
                  .resources()
                  .get("R")
                  .properties())
          .containsEntry("Size", "120");
      assertThatThrownBy(() -> TemplateEvaluator.evaluate(numbers, Map.of("Size", "many")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be a number");
      assertThatThrownBy(() -> TemplateEvaluator.evaluate(numbers, Map.of("Size", 90)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AllowedValues");
    }
  }
}

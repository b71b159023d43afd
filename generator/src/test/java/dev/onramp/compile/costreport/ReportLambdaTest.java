package dev.onramp.compile.costreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.review.IamRequestOracle;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report function as the template declares it (issue 23, findings 4 and 5): its settings in its
 * environment, the custom resource's ServiceTimeout beyond the function's timeout, no limit on
 * inline code but the template's own, and a role whose CUR 2.0 grants IAM really allows, checked
 * request by request with {@code @cloud-copilot/iam-simulate} (an evaluator that is not Onramp's;
 * see {@link IamRequestOracle}).
 */
class ReportLambdaTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
      roles:
        - id: FinOpsRole
          policySets: [billing-read]
      """;
  private static final String QUERY =
      "SELECT identity_line_item_id, line_item_unblended_cost FROM COST_AND_USAGE_REPORT";
  private static final String CUR2 =
      HEAD
          + """
          costReport:
            lambda: {timeout: 120}
            report: {name: acme-cur2, kind: cur2, query: "%s"}
          """
              .formatted(QUERY);
  private static final String ACCOUNT = "123456789012";
  private static final String TABLE =
      "arn:aws:bcm-data-exports:us-east-1:" + ACCOUNT + ":table/COST_AND_USAGE_REPORT";

  /** What {@code AWS::StackId} returns for the stack the simulated function belongs to. */
  private static final String STACK =
      "arn:aws:cloudformation:eu-west-1:"
          + ACCOUNT
          + ":stack/acme-onboarding/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab";

  private static final String LEGACY =
      HEAD
          + """
          costReport:
            report: {name: acme-cur}
          """;

  /** CreateExport takes no export resource (the catalog): the simulator refuses that request. */
  private static final String EXPORT =
      "arn:aws:bcm-data-exports:us-east-1:"
          + ACCOUNT
          + ":export/acme-cur2-0a1b2c3d-aaaa-bbbb-cccc-0123456789ab";

  @Test
  void theSettingsAreTheFunctionsEnvironmentAndTheCustomResourceCarriesThemForUpdates()
      throws BlueprintException {
    Template template = compile(CUR2);
    Map<String, Object> function = template.resources().get("CostReportFunction").properties();
    Map<String, Object> report = template.resources().get("CostReport").properties();
    @SuppressWarnings("unchecked")
    Map<String, Object> variables =
        (Map<String, Object>) ((Map<String, Object>) function.get("Environment")).get("Variables");

    assertThat(variables).containsEntry("StackId", new Fn.Ref("AWS::StackId"));
    assertThat(variables)
        .containsEntry("S3Bucket", new Fn.Ref("CostReportBucket"))
        .containsEntry("QueryStatement", QUERY)
        .containsEntry("AdoptExisting", "false");
    // Every setting is also a property, so that changing one sends an Update.
    Map<String, Object> settings = new LinkedHashMap<>(variables);
    settings.remove("StackId");
    assertThat(report).containsAllEntriesOf(settings);
    assertThat(report).doesNotContainKey("StackId");
  }

  @Test
  void cloudFormationWaitsLongerThanTheFunctionRuns() throws BlueprintException {
    Template template = compile(CUR2);

    Object timeout = template.resources().get("CostReportFunction").properties().get("Timeout");
    Object serviceTimeout =
        template.resources().get("CostReport").properties().get("ServiceTimeout");
    assertThat(timeout).isEqualTo(120);
    assertThat(serviceTimeout).isEqualTo(180); // an integer, as cfn-lint's schema wants
  }

  @Test
  void inlineCodeIsNotLimitedTo4096Characters() throws BlueprintException {
    String code =
        (String)
            ((Map<?, ?>)
                    compile(CUR2).resources().get("CostReportFunction").properties().get("Code"))
                .get("ZipFile");

    assertThat(code.length()).isGreaterThan(4_096); // compiled without ONR308, which is gone
  }

  @Test
  void aQueryTooLongForTheEnvironmentIsALocatedError() {
    String query =
        "SELECT " + "line_item_unblended_cost, ".repeat(160) + "1 FROM COST_AND_USAGE_REPORT";

    assertThatThrownBy(() -> compile(CUR2.replace(QUERY, query)))
        .isInstanceOfSatisfying(
            BlueprintException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::render)
                    .anySatisfy(
                        line ->
                            assertThat(line)
                                .contains("error ONR230 at costReport.report.query")
                                .contains("which Lambda limits to 4096; the query alone is 4195")));
  }

  @Test
  void nativeModeCannotAdopt() {
    String blueprint =
        HEAD
            + """
            regions: [us-east-1]
            costReport:
              mode: native
              report: {name: acme-cur, adoptExisting: true}
            """;

    assertThatThrownBy(() -> compile(blueprint))
        .isInstanceOfSatisfying(
            BlueprintException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Diagnostic::render)
                    .anySatisfy(
                        line ->
                            assertThat(line)
                                .contains("error ONR231 at costReport.report.adoptExisting")
                                .contains("mode 'native' cannot adopt an existing report")));
  }

  @Test
  void theCur2RoleMayCreateAndUpdateTheExportOnTheCurTableAndNothingElse() throws Exception {
    Object policy = resolved(rolePolicy(compile(CUR2)));
    try (IamRequestOracle oracle = IamRequestOracle.start()) {
      List<String> allowed = new ArrayList<>();
      List<String> denied = new ArrayList<>();
      for (String[] request :
          new String[][] {
            {"bcm-data-exports:CreateExport", TABLE},
            {"bcm-data-exports:UpdateExport", TABLE},
            {"bcm-data-exports:UpdateExport", EXPORT},
            {"bcm-data-exports:DeleteExport", EXPORT},
            {"bcm-data-exports:GetExport", EXPORT},
            {
              "bcm-data-exports:CreateExport",
              TABLE.replace("COST_AND_USAGE_REPORT", "FOCUS_1_0_AWS")
            },
            {"bcm-data-exports:CreateExport", TABLE.replace(ACCOUNT, "210987654321")},
            {"bcm-data-exports:DeleteExport", EXPORT.replace(ACCOUNT, "210987654321")},
            {"cur:DeleteReportDefinition", "arn:aws:cur:us-east-1:" + ACCOUNT + ":definition/x"},
          }) {
        String line = request[0] + " " + request[1];
        String decision = oracle.decide(policy, request[0], request[1], Map.of());
        (decision.equals("Allowed") ? allowed : denied).add(line);
      }
      assertThat(allowed)
          .containsExactly(
              "bcm-data-exports:CreateExport " + TABLE,
              "bcm-data-exports:UpdateExport " + TABLE,
              "bcm-data-exports:UpdateExport " + EXPORT,
              "bcm-data-exports:DeleteExport " + EXPORT,
              "bcm-data-exports:GetExport " + EXPORT);
      assertThat(denied).hasSize(4);
      // Before issue 23 the role allowed them on export/* only: CreateExport was denied.
      Map<String, Object> before =
          Map.of(
              "Version",
              "2012-10-17",
              "Statement",
              List.of(
                  Map.of(
                      "Effect",
                      "Allow",
                      "Action",
                      List.of("bcm-data-exports:CreateExport", "bcm-data-exports:UpdateExport"),
                      "Resource",
                      "arn:aws:bcm-data-exports:*:" + ACCOUNT + ":export/*")));
      assertThat(oracle.decide(before, "bcm-data-exports:CreateExport", TABLE, Map.of()))
          .isEqualTo("ImplicitlyDenied");
    }
  }

  @Test
  void theRoleMayReadItsOwnStacksStatusAndNoOtherStacks() throws Exception {
    for (String blueprint : List.of(LEGACY, CUR2)) {
      Object policy = resolved(rolePolicy(compile(blueprint)));
      try (IamRequestOracle oracle = IamRequestOracle.start()) {
        Map<String, String> decisions = new LinkedHashMap<>();
        for (String stack :
            List.of(
                STACK,
                // another stack of the account; the same name, an earlier (deleted) stack;
                // the same name and id in another region
                STACK.replace("acme-onboarding/0a1b2c3d", "finance/9f8e7d6c"),
                STACK.replace("0a1b2c3d-aaaa", "ffffffff-aaaa"),
                STACK.replace("eu-west-1", "us-east-1"))) {
          decisions.put(
              stack, oracle.decide(policy, "cloudformation:DescribeStacks", stack, Map.of()));
        }
        assertThat(decisions.values())
            .containsExactly("Allowed", "ImplicitlyDenied", "ImplicitlyDenied", "ImplicitlyDenied");
        // Nothing else of CloudFormation: not the stack's resources, not a change to it.
        for (String action :
            List.of(
                "cloudformation:DescribeStackResources",
                "cloudformation:UpdateStack",
                "cloudformation:DeleteStack")) {
          assertThat(oracle.decide(policy, action, STACK, Map.of()))
              .as(action)
              .isEqualTo("ImplicitlyDenied");
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object rolePolicy(Template template) {
    List<Map<String, Object>> policies =
        (List<Map<String, Object>>)
            template.resources().get("CostReportFunctionRole").properties().get("Policies");
    return policies.get(0).get("PolicyDocument");
  }

  /** The policy as IAM sees it in account 123456789012 of partition aws, stack {@link #STACK}. */
  private static Object resolved(Object value) {
    if (value instanceof Fn.Ref ref && ref.name().equals("AWS::StackId")) {
      return STACK;
    }
    if (value instanceof Fn.Sub sub) {
      return sub.text().replace("${AWS::Partition}", "aws").replace("${AWS::AccountId}", ACCOUNT);
    }
    if (value instanceof Fn.GetAtt getAtt) {
      return "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:" + getAtt.resource();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, resolved(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ReportLambdaTest::resolved).toList();
    }
    return value;
  }

  private static Template compile(String yaml) throws BlueprintException {
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0)
        .template();
  }
}

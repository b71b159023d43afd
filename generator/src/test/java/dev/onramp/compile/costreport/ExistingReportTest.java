package dev.onramp.compile.costreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateEvaluator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code costReport.existing}: the customer's report is read, never created; with {@code when},
 * exactly one of the created report and the read grants is in the stack, as the customer chooses.
 */
class ExistingReportTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {accountId: "111122223333", principal: account-root}
      roles:
        - id: FinOpsRole
          policySets: [billing-read]
      """;

  private static final String EXISTING =
      HEAD
          + """
          costReport:
            existing:
              bucketParameter: CurBucket
              prefixParameter: CurPrefix
              reportNameParameter: CurName
              kind: cur2
          """;

  private static final String CHOICE =
      HEAD
          + """
          parameters:
            - {name: CurSource, allowedValues: [create, existing], default: create}
          costReport:
            bucket: {nameParameter: CurBucket}
            prefixParameter: CurPrefix
            report: {name: acme-cur, nameParameter: CurName}
            existing:
              bucketParameter: CurBucket
              prefixParameter: CurPrefix
              reportNameParameter: CurName
              regionParameter: CurRegion
              when: {parameter: CurSource, equals: existing}
          """;

  private static final Map<String, Object> NAMES =
      Map.of("CurBucket", "acme-billing", "CurPrefix", "exports/cur", "CurName", "acme-cur");

  @Test
  void anExistingReportIsReadAndNothingIsCreated() throws Exception {
    Template stack = deployed(EXISTING, NAMES);

    assertThat(stack.resources())
        .containsOnlyKeys(
            "FinOpsRole", "FinOpsRoleBillingReadPolicy", "FinOpsRoleExistingCostReportReadPolicy");
    List<Map<String, Object>> statements = statements(stack);
    assertThat(statements)
        .extracting(statement -> statement.get("Action"), statement -> statement.get("Resource"))
        .containsExactly(
            tuple("s3:GetObject", sub("arn:${AWS::Partition}:s3:::acme-billing/exports/cur/*")),
            tuple("s3:ListBucket", sub("arn:${AWS::Partition}:s3:::acme-billing")),
            tuple("s3:GetBucketLocation", sub("arn:${AWS::Partition}:s3:::acme-billing")),
            tuple(
                "bcm-data-exports:GetExport",
                sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*")),
            tuple("bcm-data-exports:ListExports", "*"));
    assertThat(statements.get(1))
        .containsEntry("Condition", Map.of("StringLike", Map.of("s3:prefix", "exports/cur/*")));
    assertThat(stack.outputs().get("CostReportBucketName").value()).isEqualTo("acme-billing");
    assertThat(stack.outputs()).doesNotContainKey("CostReportArn");
  }

  @Test
  void choosingToCreateMakesTheReportWithTheChosenNames() throws Exception {
    Template stack = deployed(CHOICE, Map.of("CurBucket", "acme-cur-1"));

    assertThat(stack.resources())
        .containsKeys("CostReportBucket", "CostReport", "FinOpsRoleCostReportReadPolicy")
        .doesNotContainKey("FinOpsRoleExistingCostReportReadPolicy");
    assertThat(stack.resources().get("CostReportBucket").properties())
        .containsEntry("BucketName", "acme-cur-1");
    assertThat(stack.resources().get("CostReport").properties())
        .containsEntry("ReportName", "acme-cur")
        .containsEntry("S3Prefix", "cur");
    assertThat(stack.outputs()).containsKey("CostReportArn");
    assertThat(stack.outputs().get("CostReportBucketRegion").value())
        .isEqualTo(Fn.ref("AWS::Region"));
  }

  @Test
  void choosingTheExistingReportCreatesNoneOfIt() throws Exception {
    Map<String, Object> values = new HashMap<>(NAMES);
    values.put("CurSource", "existing");
    values.put("CurRegion", "eu-west-1");
    values.put("CurPrefix", "billing");
    Template stack = deployed(CHOICE, values);

    assertThat(stack.resources())
        .containsOnlyKeys(
            "FinOpsRole", "FinOpsRoleBillingReadPolicy", "FinOpsRoleExistingCostReportReadPolicy");
    assertThat(statements(stack).get(0))
        .containsEntry("Action", "s3:GetObject")
        .containsEntry("Resource", sub("arn:${AWS::Partition}:s3:::acme-billing/billing/*"));
    assertThat(statements(stack))
        .extracting(statement -> statement.get("Action"))
        .contains("cur:DescribeReportDefinitions");
    assertThat(stack.outputs().get("CostReportBucketName").value()).isEqualTo("acme-billing");
    assertThat(stack.outputs().get("CostReportBucketRegion").value()).isEqualTo("eu-west-1");
    assertThat(stack.outputs()).doesNotContainKey("CostReportArn");
  }

  @Test
  void choosingTheExistingReportWithoutItsOwnParametersIsRefused() {
    Map<String, Object> values = new HashMap<>(NAMES);
    values.put("CurSource", "existing");

    assertThatThrownBy(() -> deployed(CHOICE, values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fill in CurRegion");
  }

  @Test
  void theExistingReportsParametersMayStayEmptyWhenTheCustomerCanChoose() throws Exception {
    Template template = compile(CHOICE);

    // Shared with the created report, so always required; the region only reads an existing one.
    assertThat(template.parameters().get("CurBucket").allowedPattern()).doesNotStartWith("^$|");
    assertThat(template.parameters().get("CurRegion").allowedPattern()).startsWith("^$|");
    assertThat(template.parameters().get("CurRegion").defaultValue()).isEmpty();
    assertThat(template.parameters().get("CurName").defaultValue()).isEqualTo("acme-cur");
  }

  @Test
  void reportNamesAreWrittenOrTakenFromParameters() throws Exception {
    Template template = compile(CHOICE);
    Template.Resource policy = template.resources().get("CostReportBucketPolicy");

    assertThat(String.valueOf(policy.properties()))
        .contains("${CostReportBucket.Arn}/${CurPrefix}/*");
    assertThat(template.resources().get("CostReportBucket").condition())
        .isEqualTo(ExistingReport.CREATES_NEW);
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

  private static Template deployed(String yaml, Map<String, Object> values)
      throws BlueprintException {
    Map<String, Object> all = new HashMap<>(values);
    all.put("ExternalId", "acme-tenant-1");
    return TemplateEvaluator.evaluate(compile(yaml), all);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> statements(Template stack) {
    Map<String, Object> document =
        (Map<String, Object>)
            stack
                .resources()
                .get("FinOpsRoleExistingCostReportReadPolicy")
                .properties()
                .get("PolicyDocument");
    return (List<Map<String, Object>>) document.get("Statement");
  }

  private static Object sub(String text) {
    return Fn.sub(text);
  }
}

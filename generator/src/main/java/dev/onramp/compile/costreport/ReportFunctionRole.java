package dev.onramp.compile.costreport;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.Kind;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role of the report Lambda: it may manage this stack's report (legacy CUR) or exports (Data
 * Exports), read its own stack's status and write its own logs, nothing more.
 */
final class ReportFunctionRole {
  /** The Data Exports table a CUR 2.0 export queries. */
  static final String CUR2_TABLE = "COST_AND_USAGE_REPORT";

  private ReportFunctionRole() {}

  static Map<String, Object> properties(CostReportSpec spec) {
    Map<String, Object> trust = new LinkedHashMap<>();
    trust.put("Effect", "Allow");
    trust.put("Principal", Map.of("Service", "lambda.amazonaws.com"));
    trust.put("Action", "sts:AssumeRole");
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("PolicyName", "CreateCostReport");
    policy.put("PolicyDocument", PolicySplitter.document(statements(spec)));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "Description", "Runs the Lambda that creates this stack's Cost and Usage Report.");
    properties.put("AssumeRolePolicyDocument", PolicySplitter.document(List.of(trust)));
    properties.put("Policies", List.of(policy));
    return properties;
  }

  private static List<Map<String, Object>> statements(CostReportSpec spec) {
    List<Map<String, Object>> statements = new ArrayList<>();
    if (spec.report().kind() == Kind.LEGACY) {
      statements.add(
          Statements.allow(
              "ManageThisReport",
              List.of(
                  "cur:PutReportDefinition",
                  "cur:ModifyReportDefinition",
                  "cur:DeleteReportDefinition"),
              Fn.sub(
                  "arn:${AWS::Partition}:cur:*:${AWS::AccountId}:definition/"
                      + new ReportNames(spec).reportNameText()),
              null));
      // DescribeReportDefinitions has no resource-level permissions.
      statements.add(
          Statements.allow("FindExistingReport", "cur:DescribeReportDefinitions", "*", null));
    } else {
      // CreateExport is authorized on the table it queries, UpdateExport on the export and that
      // table (the Service Authorization Reference, iam-data): one statement with both resources,
      // so each action finds its resource types in it; reading and deleting need the export only.
      statements.add(
          Statements.allow(
              "CreateAndUpdateExports",
              List.of("bcm-data-exports:CreateExport", "bcm-data-exports:UpdateExport"),
              List.of(
                  Fn.sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*"),
                  Fn.sub(
                      "arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:table/"
                          + CUR2_TABLE)),
              null));
      statements.add(
          Statements.allow(
              "ManageExports",
              List.of("bcm-data-exports:DeleteExport", "bcm-data-exports:GetExport"),
              Fn.sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*"),
              null));
      // CreateExport of a CUR 2.0 table also authorizes cur:PutReportDefinition (the Service
      // Authorization Reference's operations table); the report it stands for has no name here.
      statements.add(
          Statements.allow(
              "CreateCostAndUsageExport",
              "cur:PutReportDefinition",
              Fn.sub("arn:${AWS::Partition}:cur:*:${AWS::AccountId}:definition/*"),
              null));
      statements.add(
          Statements.allow("FindExistingExport", "bcm-data-exports:ListExports", "*", null));
    }
    // The handler acts only while its stack's status says CloudFormation sent the request.
    // DescribeStacks is authorized on the stack's ARN,
    // arn:${Partition}:cloudformation:${Region}:${Account}:stack/${StackName}/${Id} (the Service
    // Authorization Reference), which is what AWS::StackId returns: this stack and no other.
    statements.add(
        Statements.allow(
            "ReadOwnStackStatus", "cloudformation:DescribeStacks", Fn.ref("AWS::StackId"), null));
    statements.add(
        Statements.allow(
            "WriteOwnLogs",
            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            Fn.getAtt(CostReportCompiler.LOG_GROUP, "Arn"),
            null));
    return statements;
  }
}

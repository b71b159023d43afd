package dev.onramp.compile.costreport;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.conditional.SwitchedScope;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.TemplateFacts.CostReportParts;
import java.util.List;

/**
 * The {@code costReport}: a hardened bucket that receives the Cost and Usage Report, the report
 * (made by a function or natively) and read access for the vendor's roles, or read access to the
 * customer's existing report ({@link ReportReuseChecks} checks that part). It declares the KMS key
 * and name parameters its keys name without declaring; the rest is {@link CostReportCompiler}'s.
 */
public final class CostReportSection implements BlueprintSection {
  /** Python runtimes Lambda supports for new functions (deprecated ones are refused). */
  static final List<String> SUPPORTED_RUNTIMES = List.of("python3.11", "python3.12", "python3.13");

  private static final List<String> SCHEMA_ELEMENTS =
      List.of("RESOURCES", "SPLIT_COST_ALLOCATION_DATA", "MANUAL_DISCOUNT_COMPATIBILITY");
  private static final List<Integer> LOG_RETENTION_DAYS =
      List.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);

  @Override
  public void validate(SectionContext context) {
    CostReportSpec report = context.blueprint().costReport();
    if (report == null) {
      return;
    }
    SwitchCheck.check(context, report.when(), "costReport.when");
    for (int i = 0; i < report.readBy().size(); i++) {
      String role = report.readBy().get(i);
      if (!context.roleIds().contains(role)) {
        context.error(
            DiagnosticCode.UNDEFINED_REFERENCE,
            "costReport.readBy[" + i + "]",
            "role '" + role + "' is not created by this blueprint",
            DidYouMean.hint(role, context.roleIds()));
      }
    }
    ReportReuseChecks reuse = new ReportReuseChecks(context);
    reuse.check();
    if (!reuse.creates()) {
      return;
    }
    String kms = report.bucket().kmsKeyParameter();
    ParameterSpec declaredKms = kms == null ? null : context.declaredParameters().get(kms);
    if (declaredKms != null && declaredKms.type() != ParameterSpec.Type.STRING) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          "costReport.bucket.kmsKeyParameter",
          "parameter '" + kms + "' holds a KMS key ARN but is not a String",
          "make it a String parameter, or leave it undeclared so it is created for you");
    }
    String pattern = report.bucket().namePattern();
    if (pattern != null && !pattern.contains("${AWS::AccountId}")) {
      context.error(
          DiagnosticCode.INVALID_NAME,
          "costReport.bucket.namePattern",
          "bucket name pattern '"
              + pattern
              + "' is the same in every customer account, and S3"
              + " bucket names are global",
          "include ${AWS::AccountId}, such as acme-cur-${AWS::AccountId}, or leave the name to"
              + " CloudFormation");
    }
    if (report.report() != null) {
      checkReport(context, report.report());
    }
    checkLambda(context, report.lambda());
    if (report.mode() == CostReportSpec.Mode.NATIVE
        && report.report() != null
        && report.report().adoptExisting()) {
      context.error(
          DiagnosticCode.ADOPT_NEEDS_LAMBDA,
          "costReport.report.adoptExisting",
          "mode 'native' cannot adopt an existing report: CloudFormation's resource fails when a"
              + " report of that name exists",
          "use 'mode: lambda' to adopt the report, or remove adoptExisting");
    }
    if (report.mode() == CostReportSpec.Mode.NATIVE) {
      List<String> elsewhere =
          context.blueprint().regions().stream()
              .filter(region -> !region.equals("us-east-1"))
              .toList();
      if (!elsewhere.isEmpty()) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            "costReport.mode",
            "mode 'native' creates the report with a resource CloudFormation supports only in"
                + " us-east-1, but the blueprint's regions include "
                + String.join(", ", elsewhere),
            "use 'mode: lambda' (it creates the report from any region), or list only us-east-1"
                + " under regions");
      }
    }
  }

  /**
   * Declares the KMS key parameter first, then lets {@link CostReportCompiler} add the rest. The
   * parameter is declared here, not in {@link #declareParameters}, so that it follows the
   * organization's parameters as it always has; the roles, compiled before, see it only when the
   * blueprint declares it itself (their resources may name only declared parameters).
   */
  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    CostReportSpec report = context.blueprint().costReport();
    if (report == null) {
      return;
    }
    CostReportCompiler compiler = new CostReportCompiler(context.blueprint(), context.source());
    compiler.declareParameters(template);
    SwitchedScope switched = SwitchedScope.open(template, report.when());
    compiler.compile(template, context.diagnostics());
    switched.close();
    if (!compiler.creates()) {
      return;
    }
    boolean function = report.mode() == CostReportSpec.Mode.LAMBDA;
    template.costReport(
        new CostReportParts(
            CostReportCompiler.BUCKET,
            CostReportCompiler.BUCKET_POLICY,
            CostReportCompiler.REPORT,
            function ? CostReportCompiler.FUNCTION : null,
            function ? CostReportCompiler.FUNCTION_ROLE : null,
            function ? CostReportCompiler.LOG_GROUP : null));
  }

  private static void checkLambda(SectionContext context, CostReportSpec.LambdaSpec lambda) {
    if (!SUPPORTED_RUNTIMES.contains(lambda.runtime())) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.lambda.runtime",
          "runtime '"
              + lambda.runtime()
              + "' is deprecated or not a Python runtime"
              + " Lambda supports",
          DidYouMean.hint(lambda.runtime(), SUPPORTED_RUNTIMES));
    }
    if (!LOG_RETENTION_DAYS.contains(lambda.logRetentionDays())) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.lambda.logRetentionDays",
          lambda.logRetentionDays() + " is not a retention CloudWatch Logs offers",
          "use one of " + LOG_RETENTION_DAYS);
    }
  }

  private static void checkReport(SectionContext context, CostReportSpec.ReportSpec report) {
    boolean legacy = report.kind() == CostReportSpec.Kind.LEGACY;
    if (!legacy && (report.query() == null || report.query().isBlank())) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          "costReport.report.query",
          "a cur2 export needs its SQL query",
          "add 'query: SELECT ... FROM COST_AND_USAGE_REPORT'");
    }
    if (legacy && report.query() != null) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.report.query",
          "a query is only used by 'kind: cur2' exports",
          "remove the query, or set 'kind: cur2'");
    }
    if (!legacy && !report.additionalSchemaElements().isEmpty()) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.report.additionalSchemaElements",
          "additional schema elements belong to legacy CUR; a cur2 export selects columns in"
              + " its query",
          "remove additionalSchemaElements, or set 'kind: legacy'");
    }
    for (int i = 0; i < report.additionalSchemaElements().size(); i++) {
      String element = report.additionalSchemaElements().get(i);
      if (!SCHEMA_ELEMENTS.contains(element)) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            "costReport.report.additionalSchemaElements[" + i + "]",
            "'" + element + "' is not a CUR schema element",
            DidYouMean.hint(element, SCHEMA_ELEMENTS));
      }
    }
  }
}

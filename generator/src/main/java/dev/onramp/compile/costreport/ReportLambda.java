package dev.onramp.compile.costreport;

import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET;
import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET_POLICY;
import static dev.onramp.compile.costreport.CostReportCompiler.CHINA;
import static dev.onramp.compile.costreport.CostReportCompiler.FUNCTION;
import static dev.onramp.compile.costreport.CostReportCompiler.FUNCTION_ROLE;
import static dev.onramp.compile.costreport.CostReportCompiler.LOG_GROUP;
import static dev.onramp.compile.costreport.CostReportCompiler.REPORT;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.Kind;
import dev.onramp.blueprint.model.CostReportSpec.ReportSpec;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report created by a Lambda-backed custom resource, which works in every region: the function
 * (inline code), its log group and role, and the {@code Custom::CostReport} it answers.
 */
final class ReportLambda {
  /** Inline Lambda code ({@code ZipFile}) is limited to this many characters. */
  static final int INLINE_CODE_LIMIT = 4_096;

  private final CostReportSpec spec;
  private final SourceMap source;

  ReportLambda(CostReportSpec spec, SourceMap source) {
    this.spec = spec;
    this.source = source;
  }

  void addTo(TemplateBuilder builder, Diagnostics diagnostics) {
    Map<String, Object> logGroup = new LinkedHashMap<>();
    logGroup.put("RetentionInDays", spec.lambda().logRetentionDays());
    builder.resource(
        LOG_GROUP,
        new Template.Resource(
            "AWS::Logs::LogGroup", null, List.of(), "Delete", "Delete", Map.of(), logGroup),
        source.at("costReport.lambda"));
    builder.resource(
        FUNCTION_ROLE,
        Template.Resource.of("AWS::IAM::Role", ReportFunctionRole.properties(spec)),
        source.at("costReport.lambda"));
    String code = ReportHandler.source();
    if (code.length() > INLINE_CODE_LIMIT) {
      diagnostics.error(
          DiagnosticCode.LAMBDA_CODE_TOO_LARGE,
          source.at("costReport.lambda"),
          "the report Lambda's code is "
              + code.length()
              + " characters; inline code is limited"
              + " to "
              + INLINE_CODE_LIMIT,
          "use mode native in us-east-1 until packaged Lambdas can be published");
    }
    builder.resource(
        FUNCTION,
        Template.Resource.of("AWS::Lambda::Function", function(code)),
        source.at("costReport.lambda"));
    // The bucket policy must be in place before the billing service checks the bucket.
    builder.resource(
        REPORT,
        new Template.Resource(
            "Custom::CostReport",
            null,
            List.of(BUCKET_POLICY),
            null,
            null,
            Map.of(),
            reportProperties()),
        source.at("costReport.report"));
  }

  private Map<String, Object> function(String code) {
    Map<String, Object> function = new LinkedHashMap<>();
    function.put(
        "Description", "Creates the Cost and Usage Report through the billing API for this stack.");
    function.put("Runtime", spec.lambda().runtime());
    function.put("Handler", "index.handler");
    function.put("Role", Fn.getAtt(FUNCTION_ROLE, "Arn"));
    function.put("Timeout", spec.lambda().timeout());
    function.put("MemorySize", 128);
    function.put("LoggingConfig", Map.of("LogGroup", Fn.ref(LOG_GROUP)));
    function.put("Code", Map.of("ZipFile", code));
    return function;
  }

  private Map<String, Object> reportProperties() {
    ReportSpec report = spec.report();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ServiceToken", Fn.getAtt(FUNCTION, "Arn"));
    properties.put("Kind", report.kind().label());
    properties.put("ApiRegion", Fn.ifThen(CHINA, "cn-northwest-1", "us-east-1"));
    properties.put("ReportName", new ReportNames(spec).reportName());
    properties.put("S3Bucket", Fn.ref(BUCKET));
    properties.put("S3Prefix", new ReportNames(spec).prefix());
    properties.put("S3Region", Fn.ref("AWS::Region"));
    if (report.kind() == Kind.LEGACY) {
      properties.put("TimeUnit", report.timeUnit().label());
      properties.put("Format", ReportFormat.legacyFormat(report));
      properties.put("Compression", ReportFormat.legacyCompression(report));
      if (!report.additionalSchemaElements().isEmpty()) {
        properties.put("AdditionalSchemaElements", report.additionalSchemaElements());
      }
      properties.put("RefreshClosedReports", report.refreshClosedReports().toString());
      properties.put("ReportVersioning", ReportFormat.versioning(report));
    } else {
      properties.put("QueryStatement", report.query());
      properties.put("TableConfigurations", ReportFormat.tableConfigurationsJson(report));
      properties.put("Format", ReportFormat.cur2Format(report));
      properties.put("Compression", ReportFormat.cur2Compression(report));
      properties.put("Overwrite", ReportFormat.versioning(report));
    }
    properties.put("RetainOnDelete", report.retainOnDelete().toString());
    return properties;
  }
}

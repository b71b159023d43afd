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
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report created by a Lambda-backed custom resource, which works in every region: the function
 * (inline code), its log group and role, and the {@code Custom::CostReport} it answers.
 *
 * <p>The report's settings are the function's environment, which only the template sets: the
 * handler reads nothing else, so a request from anyone allowed to invoke the function can at most
 * re-apply them. The custom resource carries the same settings as properties only so that
 * CloudFormation sends an Update (and shows it in a change set) when one of them changes.
 */
final class ReportLambda {
  /**
   * How much longer than the function's timeout CloudFormation waits for an answer: the handler
   * answers by then on every path (its timer fires {@code MARGIN} seconds before the function is
   * stopped and its PUT gives up sooner), and an invocation queued by Lambda starts within it.
   */
  static final int SERVICE_TIMEOUT_MARGIN = 60;

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
    Map<String, Object> settings = settings();
    ReportEnvironment environment = new ReportEnvironment(settings);
    environment.check(spec, source, diagnostics);
    builder.resource(
        FUNCTION,
        Template.Resource.of("AWS::Lambda::Function", function(environment.variables())),
        source.at("costReport.lambda"));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ServiceToken", Fn.getAtt(FUNCTION, "Arn"));
    properties.put("ServiceTimeout", spec.lambda().timeout() + SERVICE_TIMEOUT_MARGIN);
    properties.putAll(settings);
    // The bucket policy must be in place before the billing service checks the bucket.
    builder.resource(
        REPORT,
        new Template.Resource(
            "Custom::CostReport", null, List.of(BUCKET_POLICY), null, null, Map.of(), properties),
        source.at("costReport.report"));
  }

  private Map<String, Object> function(Map<String, Object> variables) {
    Map<String, Object> function = new LinkedHashMap<>();
    function.put(
        "Description", "Creates the Cost and Usage Report through the billing API for this stack.");
    function.put("Runtime", spec.lambda().runtime());
    function.put("Handler", "index.handler");
    function.put("Role", Fn.getAtt(FUNCTION_ROLE, "Arn"));
    function.put("Timeout", spec.lambda().timeout());
    function.put("MemorySize", 128);
    function.put("LoggingConfig", Map.of("LogGroup", Fn.ref(LOG_GROUP)));
    function.put("Environment", Map.of("Variables", variables));
    function.put("Code", Map.of("ZipFile", ReportHandler.source()));
    return function;
  }

  /** The report's settings, every value a string (an environment variable's value). */
  private Map<String, Object> settings() {
    ReportSpec report = spec.report();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("Kind", report.kind().label());
    settings.put("ApiRegion", Fn.ifThen(CHINA, "cn-northwest-1", "us-east-1"));
    settings.put("ReportName", new ReportNames(spec).reportName());
    settings.put("S3Bucket", Fn.ref(BUCKET));
    settings.put("S3Prefix", new ReportNames(spec).prefix());
    settings.put("S3Region", Fn.ref("AWS::Region"));
    if (report.kind() == Kind.LEGACY) {
      settings.put("TimeUnit", report.timeUnit().label());
      settings.put("Format", ReportFormat.legacyFormat(report));
      settings.put("Compression", ReportFormat.legacyCompression(report));
      if (!report.additionalSchemaElements().isEmpty()) {
        settings.put(
            "AdditionalSchemaElements", String.join(",", report.additionalSchemaElements()));
      }
      settings.put("RefreshClosedReports", report.refreshClosedReports().toString());
      settings.put("ReportVersioning", ReportFormat.versioning(report));
    } else {
      settings.put("QueryStatement", report.query());
      settings.put("TableConfigurations", ReportFormat.tableConfigurationsJson(report));
      settings.put("Format", ReportFormat.cur2Format(report));
      settings.put("Compression", ReportFormat.cur2Compression(report));
      settings.put("Overwrite", ReportFormat.versioning(report));
    }
    settings.put("RetainOnDelete", report.retainOnDelete().toString());
    settings.put("AdoptExisting", report.adoptExisting().toString());
    return settings;
  }
}

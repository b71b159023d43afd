package dev.onramp.compile.costreport;

import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET;
import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET_POLICY;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.Kind;
import dev.onramp.blueprint.model.CostReportSpec.ReportSpec;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as CloudFormation's own resource ({@code AWS::CUR::ReportDefinition} or {@code
 * AWS::BCMDataExports::Export}), which works only in us-east-1, so a Rule refuses other regions
 * before anything is created.
 */
final class NativeReport {
  static final String US_EAST_1_RULE = "CostReportOnlyInUsEast1";

  private NativeReport() {}

  static Template.Resource resource(CostReportSpec spec) {
    ReportSpec report = spec.report();
    boolean legacy = report.kind() == Kind.LEGACY;
    String retention = report.retainOnDelete() ? "Retain" : "Delete";
    return new Template.Resource(
        legacy ? "AWS::CUR::ReportDefinition" : "AWS::BCMDataExports::Export",
        null,
        List.of(BUCKET_POLICY),
        retention,
        retention,
        Map.of(),
        legacy ? legacyReport(spec) : export(spec));
  }

  private static Map<String, Object> legacyReport(CostReportSpec spec) {
    ReportSpec report = spec.report();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ReportName", new ReportNames(spec).reportName());
    properties.put("TimeUnit", report.timeUnit().label());
    properties.put("Format", ReportFormat.legacyFormat(report));
    properties.put("Compression", ReportFormat.legacyCompression(report));
    if (!report.additionalSchemaElements().isEmpty()) {
      properties.put("AdditionalSchemaElements", report.additionalSchemaElements());
    }
    properties.put("S3Bucket", Fn.ref(BUCKET));
    properties.put("S3Prefix", new ReportNames(spec).prefix());
    properties.put("S3Region", Fn.ref("AWS::Region"));
    properties.put("RefreshClosedReports", report.refreshClosedReports());
    properties.put("ReportVersioning", ReportFormat.versioning(report));
    return properties;
  }

  private static Map<String, Object> export(CostReportSpec spec) {
    ReportSpec report = spec.report();
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("Compression", ReportFormat.cur2Compression(report));
    output.put("Format", ReportFormat.cur2Format(report));
    output.put("OutputType", "CUSTOM");
    output.put("Overwrite", ReportFormat.versioning(report));
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("S3Bucket", Fn.ref(BUCKET));
    destination.put("S3Prefix", new ReportNames(spec).prefix());
    destination.put("S3Region", Fn.ref("AWS::Region"));
    destination.put("S3OutputConfigurations", output);
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("QueryStatement", report.query());
    query.put("TableConfigurations", ReportFormat.tableConfigurations(report));
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("Name", new ReportNames(spec).reportName());
    export.put("DataQuery", query);
    export.put("DestinationConfigurations", Map.of("S3Destination", destination));
    export.put("RefreshCadence", Map.of("Frequency", "SYNCHRONOUS"));
    return Map.of("Export", export);
  }

  static Map<String, Object> usEast1Rule() {
    Map<String, Object> assertion = new LinkedHashMap<>();
    assertion.put("Assert", new Fn.Equals(Fn.ref("AWS::Region"), "us-east-1"));
    assertion.put(
        "AssertDescription",
        "This stack creates the Cost and Usage Report natively, which CloudFormation supports only"
            + " in us-east-1. Create the stack in US East (N. Virginia).");
    return Map.of("Assertions", List.of(assertion));
  }
}

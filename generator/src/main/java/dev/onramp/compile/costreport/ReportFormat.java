package dev.onramp.compile.costreport;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.ReportSpec;
import dev.onramp.template.JsonTemplateWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report's settings in the words of each billing API: legacy CUR ({@code textORcsv}, {@code
 * GZIP}) and Data Exports ({@code TEXT_OR_CSV}), the same for the native resources and the Lambda.
 */
final class ReportFormat {
  private ReportFormat() {}

  static String legacyFormat(ReportSpec report) {
    return report.format() == CostReportSpec.Format.PARQUET ? "Parquet" : "textORcsv";
  }

  static String legacyCompression(ReportSpec report) {
    if (report.format() == CostReportSpec.Format.PARQUET) {
      return "Parquet";
    }
    return report.csvCompression() == CostReportSpec.CsvCompression.ZIP ? "ZIP" : "GZIP";
  }

  static String cur2Format(ReportSpec report) {
    return report.format() == CostReportSpec.Format.PARQUET ? "PARQUET" : "TEXT_OR_CSV";
  }

  static String cur2Compression(ReportSpec report) {
    return report.format() == CostReportSpec.Format.PARQUET ? "PARQUET" : "GZIP";
  }

  static String versioning(ReportSpec report) {
    return report.versioning() == CostReportSpec.Versioning.OVERWRITE
        ? "OVERWRITE_REPORT"
        : "CREATE_NEW_REPORT";
  }

  static Map<String, Object> tableConfigurations(ReportSpec report) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("TIME_GRANULARITY", report.timeUnit().label());
    table.put("INCLUDE_RESOURCES", report.includeResources() ? "TRUE" : "FALSE");
    return Map.of("COST_AND_USAGE_REPORT", table);
  }

  /** The table configurations as the Lambda receives them: one compact JSON string. */
  static String tableConfigurationsJson(ReportSpec report) {
    return JsonTemplateWriter.compact(tableConfigurations(report));
  }
}

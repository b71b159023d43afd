package dev.onramp.compile.costreport;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report function's environment: the report's settings and the stack the function belongs to
 * ({@code StackId}, which the handler compares with every request's). Lambda allows a function 4 KB
 * of environment, keys and values together; a long CUR 2.0 query is what can exceed it (ONR230).
 */
final class ReportEnvironment {
  /** Lambda's limit on a function's environment variables, keys and values, in bytes. */
  static final int LIMIT = 4_096;

  /**
   * What a value set at deploy time may take at most: a bucket name takes 63 bytes, a stack ARN
   * about 200, the names a parameter may hold 256.
   */
  static final int DEPLOY_TIME_VALUE = 256;

  private final Map<String, Object> variables;

  ReportEnvironment(Map<String, Object> settings) {
    variables = new LinkedHashMap<>();
    variables.put("StackId", Fn.ref("AWS::StackId"));
    variables.putAll(settings);
  }

  Map<String, Object> variables() {
    return variables;
  }

  /** The most bytes the environment may take once deployed. */
  int maxBytes() {
    int bytes = 0;
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      bytes += variable.getKey().getBytes(StandardCharsets.UTF_8).length;
      bytes +=
          variable.getValue() instanceof String text
              ? text.getBytes(StandardCharsets.UTF_8).length
              : DEPLOY_TIME_VALUE;
    }
    return bytes;
  }

  void check(CostReportSpec spec, SourceMap source, Diagnostics diagnostics) {
    int bytes = maxBytes();
    if (bytes <= LIMIT) {
      return;
    }
    String query = spec.report().query();
    diagnostics.error(
        DiagnosticCode.REPORT_SETTINGS_TOO_LARGE,
        source.at(query == null ? "costReport.report" : "costReport.report.query"),
        "the report's settings take up to "
            + bytes
            + " bytes of the report function's environment, which Lambda limits to "
            + LIMIT
            + (query == null ? "" : "; the query alone is " + query.length() + " characters"),
        "shorten the query (select fewer columns, or columns with shorter aliases), or use mode"
            + " native in us-east-1");
  }
}

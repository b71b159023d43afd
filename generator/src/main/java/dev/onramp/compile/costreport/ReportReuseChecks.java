package dev.onramp.compile.costreport;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.ExistingCostReportSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what the report takes from the customer: an existing report without a choice ({@code
 * existing} without {@code when}) carries no key of a created one; a created report has a name or a
 * parameter for it; the bucket is named one way; each name parameter is a String that means only
 * that; and the switch between creating and reusing names a declared parameter's values.
 */
final class ReportReuseChecks {
  /** Keys of {@code costReport} that only describe a report the stack creates. */
  static final List<String> CREATED_REPORT_KEYS =
      List.of("bucket", "prefix", "prefixParameter", "mode", "report", "lambda");

  private final SectionContext context;
  private final CostReportSpec spec;

  ReportReuseChecks(SectionContext context) {
    this.context = context;
    this.spec = context.blueprint().costReport();
  }

  /** Whether the stack may create the report, so its keys are checked as today. */
  boolean creates() {
    return spec.existing() == null || spec.existing().when() != null;
  }

  void check() {
    ExistingCostReportSpec existing = spec.existing();
    if (existing != null && existing.when() == null) {
      for (String key : CREATED_REPORT_KEYS) {
        if (context.source().isWritten("costReport." + key)) {
          context.error(
              DiagnosticCode.INVALID_REPORT_REUSE,
              "costReport." + key,
              "costReport.existing without 'when' always reuses the customer's report, so '"
                  + key
                  + "' would describe a report the stack never creates",
              "remove '"
                  + key
                  + "', or add 'existing.when' to let the customer choose between creating a"
                  + " report and reusing one");
        }
      }
    } else if (spec.report() == null) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          "costReport",
          "missing required key 'report'",
          "add 'report: {name: acme-cur}', or 'existing' to reuse the customer's report");
    } else if (spec.report().name() == null && spec.report().nameParameter() == null) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          "costReport.report",
          "missing required key 'name'",
          "add 'name: acme-cur', or 'nameParameter' to take the name from a parameter");
    }
    if (spec.bucket().namePattern() != null && spec.bucket().nameParameter() != null) {
      context.error(
          DiagnosticCode.INVALID_REPORT_REUSE,
          "costReport.bucket.nameParameter",
          "the bucket is named both by namePattern and by nameParameter",
          "keep one of them");
    }
    checkParameters(existing);
    if (existing != null && existing.when() != null) {
      SwitchCheck.check(context, existing.when(), "costReport.existing.when");
    }
  }

  /**
   * Each parameter holds one name: a String, not the ExternalId or a role's id, and not named for
   * two different names (the created and the existing bucket may share one).
   */
  private void checkParameters(ExistingCostReportSpec existing) {
    Map<String, String> paths = new LinkedHashMap<>();
    Map<String, String> meanings = new LinkedHashMap<>();
    add(
        paths,
        meanings,
        spec.bucket().nameParameter(),
        "costReport.bucket.nameParameter",
        "bucket");
    add(paths, meanings, spec.prefixParameter(), "costReport.prefixParameter", "prefix");
    if (spec.report() != null) {
      add(
          paths,
          meanings,
          spec.report().nameParameter(),
          "costReport.report.nameParameter",
          "report");
    }
    if (existing != null) {
      add(
          paths,
          meanings,
          existing.bucketParameter(),
          "costReport.existing.bucketParameter",
          "bucket");
      add(
          paths,
          meanings,
          existing.prefixParameter(),
          "costReport.existing.prefixParameter",
          "prefix");
      add(
          paths,
          meanings,
          existing.reportNameParameter(),
          "costReport.existing.reportNameParameter",
          "report");
      add(
          paths,
          meanings,
          existing.regionParameter(),
          "costReport.existing.regionParameter",
          "region");
    }
  }

  private void add(
      Map<String, String> paths,
      Map<String, String> meanings,
      String name,
      String path,
      String meaning) {
    if (name == null) {
      return;
    }
    String earlier = meanings.putIfAbsent(name, meaning);
    paths.putIfAbsent(name, path);
    if (earlier != null && !earlier.equals(meaning)) {
      context.error(
          DiagnosticCode.INVALID_REPORT_REUSE,
          path,
          "parameter '" + name + "' already holds the " + earlier + " name at " + paths.get(name),
          "give the " + meaning + " a parameter of its own");
      return;
    }
    if (name.equals(context.blueprint().externalId().parameter())
        || context.roleIds().contains(name)) {
      context.error(
          DiagnosticCode.INVALID_REPORT_REUSE,
          path,
          "parameter '"
              + name
              + "' holds the report's "
              + meaning
              + " but is the ExternalId or a"
              + " role's id",
          "name another parameter");
      return;
    }
    ParameterSpec declared = context.declaredParameters().get(name);
    if (declared != null && declared.type() != ParameterSpec.Type.STRING) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path,
          "parameter '"
              + name
              + "' holds the report's "
              + meaning
              + " but is a "
              + declared.type().label(),
          "make it a String parameter, or leave it undeclared so it is created for you");
    }
  }
}

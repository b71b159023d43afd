package dev.onramp.compile.costreport;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.ExistingCostReportSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.TemplateBuilder;

/**
 * The parameters the report's names come from, declared unless the blueprint declares them: the
 * created report's bucket name, prefix and report name, and the existing report's bucket, prefix,
 * report name and bucket region. Each says what the customer must fill in and accepts only such a
 * name. When the customer chooses between creating and reusing ({@code existing.when}), the
 * existing report's parameters may be left empty, for a stack that creates its report.
 */
final class ReportParameters {
  static final String BUCKET_NAME = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";
  static final String REPORT_NAME = "[0-9A-Za-z!_.*'()-]{1,256}";

  /** A key prefix, as CUR and Data Exports take it: may hold slashes, not at either end. */
  static final String PREFIX = "[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*";

  static final String REGION = "[a-z]{2}(-[a-z]+)+-\\d";

  private ReportParameters() {}

  static void declare(CostReportSpec spec, TemplateBuilder builder) {
    String group = CostReportCompiler.GROUP;
    ExistingCostReportSpec existing = spec.existing();
    if (existing == null || existing.when() != null) {
      String or =
          existing == null
              ? ""
              : " When " + existing.when().parameter() + " chooses an existing report: ";
      declare(
          builder,
          spec.bucket().nameParameter(),
          "Name of the S3 bucket the stack creates for the report. Bucket names are global:"
              + " choose one no other account uses, such as acme-cur-<account id>."
              + shared(
                  or,
                  spec.bucket().nameParameter(),
                  existing,
                  "the name of your existing" + " bucket the report is delivered to."),
          "Report bucket name",
          null,
          BUCKET_NAME,
          "Must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.");
      declare(
          builder,
          spec.prefixParameter(),
          "Key prefix the report is delivered under in the bucket, without a leading or"
              + " trailing slash."
              + shared(or, spec.prefixParameter(), existing, "your existing report's prefix."),
          "Report key prefix",
          spec.prefix(),
          PREFIX,
          "Must be letters, digits and ! - _ . * ' ( ) /, without a leading or trailing slash.");
      declare(
          builder,
          spec.report().nameParameter(),
          "Name of the report (or export) the stack creates; unique in the account."
              + shared(or, spec.report().nameParameter(), existing, "your existing report's name."),
          "Report name",
          spec.report().name(),
          REPORT_NAME,
          "Must be letters, digits and ! - _ . * ' ( ), at most 256.");
    }
    if (existing == null) {
      return;
    }
    boolean optional = existing.when() != null;
    String when =
        optional
            ? " Required when "
                + existing.when().parameter()
                + " chooses the existing report; otherwise leave empty."
            : "";
    String empty = optional ? "" : null;
    declare(
        builder,
        existing.bucketParameter(),
        "Name of your existing S3 bucket the Cost and Usage Report (or CUR 2.0 export) is"
            + " delivered to; the vendor's roles get read access to the report prefix only."
            + when,
        "Existing report bucket name",
        empty,
        either(optional, BUCKET_NAME),
        "Must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.");
    declare(
        builder,
        existing.prefixParameter(),
        "S3 path prefix of your existing report in that bucket, as in its delivery options,"
            + " without a leading or trailing slash."
            + when,
        "Existing report prefix",
        empty,
        either(optional, PREFIX),
        "Must be letters, digits and ! - _ . * ' ( ) /, without a leading or trailing slash.");
    declare(
        builder,
        existing.reportNameParameter(),
        "Name of your existing Cost and Usage Report (or CUR 2.0 export)." + when,
        "Existing report name",
        empty,
        either(optional, REPORT_NAME),
        "Must be letters, digits and ! - _ . * ' ( ), at most 256.");
    declare(
        builder,
        existing.regionParameter(),
        "Region of your existing report bucket, such as us-east-1; the stack returns it as an"
            + " output for the vendor."
            + when,
        "Existing report bucket region",
        empty,
        either(optional, REGION),
        "Must be a region code, such as us-east-1.");
  }

  /** What a created report's parameter also means when the existing report shares it. */
  private static String shared(
      String or, String name, ExistingCostReportSpec existing, String meaning) {
    boolean isShared =
        existing != null
            && name != null
            && (name.equals(existing.bucketParameter())
                || name.equals(existing.prefixParameter())
                || name.equals(existing.reportNameParameter()));
    return isShared ? or + meaning : "";
  }

  private static String either(boolean optional, String pattern) {
    return optional ? "^$|^" + pattern + "$" : "^" + pattern + "$";
  }

  private static void declare(
      TemplateBuilder builder,
      String name,
      String description,
      String label,
      String defaultValue,
      String pattern,
      String constraint) {
    if (name == null || builder.hasParameter(name)) {
      return;
    }
    builder.parameter(
        name,
        new ParameterSpec(
            name,
            ParameterSpec.Type.STRING,
            description,
            label,
            CostReportCompiler.GROUP,
            defaultValue,
            null,
            pattern.startsWith("^") ? pattern : "^" + pattern + "$",
            constraint,
            false,
            null,
            null));
  }
}

package dev.onramp.compile.costreport;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.template.Fn;

/**
 * The names of a created report, each written in the blueprint or taken from a parameter ({@code
 * bucket.nameParameter}, {@code prefixParameter}, {@code report.nameParameter}): as a value for a
 * property, and as text inside {@code Fn::Sub}, so that ARNs and conditions stay exact either way.
 * Written names never contain {@code $} (their patterns refuse it), so they are safe in a Sub.
 */
record ReportNames(CostReportSpec spec) {

  /** The bucket's {@code BucketName}, or null for a name CloudFormation generates. */
  Object bucketName() {
    if (spec.bucket().nameParameter() != null) {
      return Fn.ref(spec.bucket().nameParameter());
    }
    return spec.bucket().namePattern() == null ? null : Fn.sub(spec.bucket().namePattern());
  }

  /** The key prefix as a property value. */
  Object prefix() {
    return spec.prefixParameter() == null ? spec.prefix() : Fn.ref(spec.prefixParameter());
  }

  /** The key prefix inside a Sub: the written prefix or {@code ${Parameter}}. */
  String prefixText() {
    return spec.prefixParameter() == null ? spec.prefix() : "${" + spec.prefixParameter() + "}";
  }

  /** The prefix followed by {@code suffix}: plain text, or a Sub with the parameter. */
  Object prefixAnd(String suffix) {
    return spec.prefixParameter() == null ? spec.prefix() + suffix : Fn.sub(prefixText() + suffix);
  }

  /** The report's name as a property value. */
  Object reportName() {
    String parameter = spec.report().nameParameter();
    return parameter == null ? spec.report().name() : Fn.ref(parameter);
  }

  /** The report's name inside a Sub. */
  String reportNameText() {
    String parameter = spec.report().nameParameter();
    return parameter == null ? spec.report().name() : "${" + parameter + "}";
  }
}

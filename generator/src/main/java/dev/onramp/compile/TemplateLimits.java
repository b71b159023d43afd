package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Suppression;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.CompiledTemplate;
import java.util.List;
import java.util.regex.Matcher;

/** CloudFormation's hard limits, checked on the rendered template. */
public final class TemplateLimits {
  /** The most bytes CloudFormation takes as TemplateBody; larger templates come from S3. */
  public static final int INLINE_BODY_BYTES = 51_200;

  static final int S3_BODY_BYTES = 1_000_000;
  static final int MAX_RESOURCES = 500;
  static final int MAX_PARAMETERS = 200;
  static final int MAX_OUTPUTS = 200;

  private TemplateLimits() {}

  /**
   * Checks the limits. The warning that a template needs S3 can be waived with a {@code
   * suppressions} entry for its rule: a payer's template is over the inline limit by design, is
   * deployed by URL, and would otherwise warn on every goal and never pass {@code failOnWarning}.
   */
  static void check(
      CompiledTemplate compiled,
      SourceMap source,
      List<Suppression> suppressions,
      Diagnostics diagnostics) {
    int largest = Math.max(compiled.yamlBytes().length, compiled.jsonBytes().length);
    boolean inlineLimitWaived =
        suppressions.stream()
            .anyMatch(waiver -> waiver.rule().equals(DiagnosticCode.TEMPLATE_NEEDS_S3.id()));
    if (largest > S3_BODY_BYTES) {
      diagnostics.error(
          DiagnosticCode.TEMPLATE_TOO_LARGE,
          source.at(""),
          "the template is " + largest + " bytes; CloudFormation accepts at most " + S3_BODY_BYTES,
          "split the blueprint into several stacks");
    } else if (largest > INLINE_BODY_BYTES && !inlineLimitWaived) {
      diagnostics.warning(
          DiagnosticCode.TEMPLATE_NEEDS_S3,
          source.at(""),
          "the template is "
              + largest
              + " bytes, over the "
              + INLINE_BODY_BYTES
              + " bytes CloudFormation accepts inline",
          "publish it to S3 and deploy it by URL (quick-create links do this); if it is, waive"
              + " this warning with 'suppressions: [{rule: "
              + DiagnosticCode.TEMPLATE_NEEDS_S3.id()
              + ", reason: ...}]'");
    }
    count(
        compiled.template().resources().size(),
        MAX_RESOURCES,
        "resources",
        "roles",
        source,
        diagnostics);
    count(
        compiled.template().parameters().size(),
        MAX_PARAMETERS,
        "parameters",
        "parameters",
        source,
        diagnostics);
    count(
        compiled.template().outputs().size(),
        MAX_OUTPUTS,
        "outputs",
        "outputs",
        source,
        diagnostics);
    // indexOf is many times faster than the pattern over a whole template, and mostly enough.
    int candidate = compiled.yaml().indexOf("arn:aws");
    Matcher literal = Partition.LITERAL_IN_ARN.matcher(compiled.yaml());
    if (candidate >= 0 && literal.find(candidate)) {
      diagnostics.error(
          DiagnosticCode.PARTITION_LITERAL,
          source.at(""),
          "the template would contain the partition literal '"
              + literal.group()
              + "', which breaks it in other partitions",
          "write ARNs only in statements and vendor.roleArn, where the partition is rewritten;"
              + " remove it from descriptions and labels");
    }
  }

  private static void count(
      int actual, int limit, String what, String path, SourceMap source, Diagnostics diagnostics) {
    if (actual > limit) {
      diagnostics.error(
          DiagnosticCode.TOO_MANY_ELEMENTS,
          source.at(path),
          "the template would have " + actual + " " + what + "; CloudFormation allows " + limit,
          "split the blueprint into several stacks");
    }
  }
}

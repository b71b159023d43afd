package dev.onramp.compile;

import dev.onramp.blueprint.model.Suppression;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code suppressions}: validation rules the template deliberately breaks, each with its
 * reason, carried into the template where each tool reads them ({@link SuppressionCompiler}). It
 * comes last, since it waives findings on the resources every other section created.
 */
final class SuppressionsSection implements BlueprintSection {

  /**
   * One entry per rule; a scanner's rule names its resources (checkov reads a waiver only from the
   * resource it applies to); Onramp's own checks are waived for the whole template. Whether each
   * named resource exists is checked once the template is compiled.
   */
  @Override
  public void validate(SectionContext context) {
    List<Suppression> suppressions = context.blueprint().suppressions();
    Set<String> suppressed = new HashSet<>();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression suppression = suppressions.get(i);
      String path = "suppressions[" + i + "]";
      if (!suppressed.add(suppression.rule())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".rule",
            "rule " + suppression.rule() + " is suppressed twice",
            "keep one entry per rule, with one reason, and list every resource it covers under"
                + " resources");
      }
      Suppression.Tool tool = suppression.tool();
      if (tool == Suppression.Tool.SCANNER && suppression.resources().isEmpty()) {
        context.error(
            DiagnosticCode.INVALID_SUPPRESSION,
            path + ".rule",
            "scanner rule "
                + suppression.rule()
                + " names no resources: checkov reads a waiver only from the Metadata of the"
                + " resource it applies to",
            "add resources: [<logical id>, ...] with the resources the scanner flags, such as"
                + " CostReportBucket");
      }
      if (tool == Suppression.Tool.ONRAMP && !suppression.resources().isEmpty()) {
        context.error(
            DiagnosticCode.INVALID_SUPPRESSION,
            path + ".resources",
            "Onramp's own check "
                + suppression.rule()
                + " is waived for the whole template, not per resource",
            "remove resources from this suppression");
      }
      checkResourcesListedOnce(context, suppression, path);
    }
  }

  private static void checkResourcesListedOnce(
      SectionContext context, Suppression suppression, String path) {
    Set<String> named = new HashSet<>();
    for (int j = 0; j < suppression.resources().size(); j++) {
      if (!named.add(suppression.resources().get(j))) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".resources[" + j + "]",
            "resource " + suppression.resources().get(j) + " is listed twice",
            "list each resource once");
      }
    }
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    SuppressionCompiler suppressions = new SuppressionCompiler(context.blueprint().suppressions());
    suppressions.applyToResources(template, context.source(), context.diagnostics());
    List<Object> entries = suppressions.templateEntries();
    if (!entries.isEmpty()) {
      template.onrampMetadata("Suppressions", entries);
    }
    Map<String, Object> cfnLint = suppressions.templateCfnLint();
    if (!cfnLint.isEmpty()) {
      template.templateMetadata("cfn-lint", cfnLint);
    }
  }
}

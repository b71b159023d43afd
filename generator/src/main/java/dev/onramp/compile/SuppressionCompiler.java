package dev.onramp.compile;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Suppression;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries a blueprint's {@code suppressions} into its template, where each tool reads them:
 *
 * <ul>
 *   <li>every suppression, with its reason and resources, under {@code
 *       Metadata.Onramp.Suppressions} (Onramp's own checks and reviewers read it there);
 *   <li>a cfn-lint rule under the template's {@code Metadata.cfn-lint.config.ignore_checks}, or, if
 *       it names resources, under each of those resources' own {@code Metadata.cfn-lint};
 *   <li>a scanner's rule (checkov) under each named resource's {@code Metadata.checkov.skip}, with
 *       the reason as its comment, so a scan reports it as skipped and says why.
 * </ul>
 *
 * Each resource a suppression names must exist in the compiled template; a misspelt one is an
 * error, since a waiver that lands nowhere would leave the finding it was written for.
 */
final class SuppressionCompiler {
  private final List<Suppression> suppressions;

  SuppressionCompiler(List<Suppression> suppressions) {
    this.suppressions = List.copyOf(suppressions);
  }

  /**
   * Adds the per-resource waivers to the resources of {@code template} (replacing the resources
   * they touch, in their place) and reports every resource name that is not in the template.
   */
  void applyToResources(TemplateBuilder template, SourceMap source, Diagnostics diagnostics) {
    Map<String, Template.Resource> resources = template.resources();
    Map<String, List<Suppression>> byResource = new LinkedHashMap<>();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression suppression = suppressions.get(i);
      for (int j = 0; j < suppression.resources().size(); j++) {
        String name = suppression.resources().get(j);
        if (!resources.containsKey(name)) {
          diagnostics.error(
              DiagnosticCode.INVALID_SUPPRESSION,
              source.at("suppressions[" + i + "].resources[" + j + "]"),
              "the template has no resource " + name + " to waive " + suppression.rule() + " on",
              DidYouMean.hint(name, resources.keySet()));
          continue;
        }
        byResource.computeIfAbsent(name, unused -> new ArrayList<>()).add(suppression);
      }
    }
    byResource.forEach(
        (name, waivers) -> template.resource(name, waived(resources.get(name), waivers), null));
  }

  private static Template.Resource waived(Template.Resource resource, List<Suppression> waivers) {
    List<Object> skips = new ArrayList<>();
    List<String> cfnLintIgnores = new ArrayList<>();
    for (Suppression waiver : waivers) {
      if (waiver.tool() == Suppression.Tool.CFN_LINT) {
        cfnLintIgnores.add(waiver.rule());
      } else {
        Map<String, Object> skip = new LinkedHashMap<>();
        skip.put("id", waiver.rule());
        skip.put("comment", waiver.reason());
        skips.add(skip);
      }
    }
    Map<String, Object> metadata = new LinkedHashMap<>(resource.metadata());
    if (!skips.isEmpty()) {
      metadata.put("checkov", Map.of("skip", skips));
    }
    if (!cfnLintIgnores.isEmpty()) {
      metadata.put("cfn-lint", cfnLintConfig(cfnLintIgnores));
    }
    return resource.withMetadata(metadata);
  }

  /** The entries of {@code Metadata.Onramp.Suppressions}; empty if there are none. */
  List<Object> templateEntries() {
    List<Object> entries = new ArrayList<>();
    for (Suppression suppression : suppressions) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("Rule", suppression.rule());
      entry.put("Reason", suppression.reason());
      if (!suppression.resources().isEmpty()) {
        entry.put("Resources", suppression.resources());
      }
      entries.add(entry);
    }
    return entries;
  }

  /**
   * The template's {@code Metadata.cfn-lint}: the cfn-lint rules waived for the whole template;
   * empty if there are none. cfn-lint reads its configuration from the template itself, wherever it
   * runs.
   */
  Map<String, Object> templateCfnLint() {
    List<String> ignores =
        suppressions.stream()
            .filter(s -> s.tool() == Suppression.Tool.CFN_LINT && s.resources().isEmpty())
            .map(Suppression::rule)
            .toList();
    return ignores.isEmpty() ? Map.of() : cfnLintConfig(ignores);
  }

  private static Map<String, Object> cfnLintConfig(List<String> ignores) {
    return Map.of("config", Map.of("ignore_checks", ignores));
  }
}

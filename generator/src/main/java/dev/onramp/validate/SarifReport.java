package dev.onramp.validate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Rule;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.output.ReportText;
import dev.onramp.output.SarifLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validation report as SARIF 2.1.0 ({@code cfn-validate.sarif}), the format GitHub code
 * scanning uploads. One run per tool, in name order, and always one for cfn-lint and one for
 * Onramp, so that an upload with no findings closes the alerts of the last one.
 *
 * <p>A finding's file becomes a relative URI against {@value SarifLog#SOURCE_ROOT} (the checkout
 * root on GitHub), its line and column a region (left out when unknown), its YAML path a logical
 * location, and the blueprint element a template resource came from a related location.
 */
final class SarifReport {
  static final String CFN_LINT = "cfn-lint";
  static final String ONRAMP = "onramp";

  private static final String CFN_LINT_HOME = "https://github.com/aws-cloudformation/cfn-lint";
  private static final String CFN_LINT_RULES = CFN_LINT_HOME + "/blob/main/docs/rules.md#";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SarifReport() {}

  /** The report as pretty-printed SARIF with LF line ends and a final newline. */
  public static String write(ValidationReport report) {
    Map<String, List<Diagnostic>> byTool = new TreeMap<>();
    byTool.put(CFN_LINT, new ArrayList<>());
    byTool.put(ONRAMP, new ArrayList<>());
    for (TemplateReport template : report.templates()) {
      for (Diagnostic finding : template.findings()) {
        byTool.computeIfAbsent(finding.code().tool(), tool -> new ArrayList<>()).add(finding);
      }
    }
    ObjectNode root = NODES.objectNode();
    root.put("$schema", SarifLog.SCHEMA);
    root.put("version", "2.1.0");
    ArrayNode runs = root.putArray("runs");
    byTool.forEach((tool, findings) -> runs.add(run(report, tool, findings)));
    return ReportText.json(root);
  }

  private static ObjectNode run(ValidationReport report, String tool, List<Diagnostic> findings) {
    List<Diagnostic> sorted = findings.stream().sorted(ReportConventions.FINDING_ORDER).toList();
    TreeMap<String, Rule> rules = new TreeMap<>();
    sorted.forEach(finding -> rules.putIfAbsent(finding.code().id(), finding.code()));
    List<String> ruleIds = List.copyOf(rules.keySet());

    ObjectNode run = NODES.objectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool.equals(ONRAMP) ? "Onramp" : tool);
    if (tool.equals(CFN_LINT)) {
      String version = ReportConventions.orEmpty(report.cfnLintVersion());
      if (!version.isEmpty()) {
        driver.put("version", version);
      }
      driver.put("informationUri", CFN_LINT_HOME);
    }
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.values().forEach(rule -> ruleNodes.add(rule(rule)));
    ArrayNode results = run.putArray("results");
    for (Diagnostic finding : sorted) {
      results.add(result(finding, ruleIds.indexOf(finding.code().id())));
    }
    return run;
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = NODES.objectNode();
    node.put("id", rule.id());
    if (rule instanceof DiagnosticCode code) {
      node.put("name", SarifLog.pascalCase(code.name()));
    }
    if (rule.tool().equals(CFN_LINT)) {
      node.put("helpUri", CFN_LINT_RULES + rule.id());
    }
    return node;
  }

  private static ObjectNode result(Diagnostic finding, int ruleIndex) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", finding.code().id());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(finding));
    StringBuilder text = new StringBuilder(finding.message());
    // The origin is in the text too, for viewers that do not show related locations.
    finding.origin().ifPresent(origin -> text.append("\nfrom: ").append(element(origin)));
    if (!finding.hint().isEmpty()) {
      text.append("\nfix: ").append(finding.hint());
    }
    result.putObject("message").put("text", text.toString());
    result.putArray("locations").add(location(finding.location()));
    finding
        .origin()
        .ifPresent(
            origin -> {
              ObjectNode related = result.putArray("relatedLocations").addObject();
              related.put("id", 1);
              related.setAll(location(origin));
              related
                  .putObject("message")
                  .put(
                      "text",
                      origin.yamlPath().isEmpty()
                          ? "from the blueprint"
                          : "from the blueprint element " + origin.yamlPath());
            });
    return result;
  }

  /** {@code file:line:column (yaml.path)}, as {@link Diagnostic#render()} shows an origin. */
  private static String element(SourceLocation origin) {
    return ReportText.forwardSlashes(origin.position())
        + (origin.yamlPath().isEmpty() ? "" : " (" + origin.yamlPath() + ")");
  }

  private static String level(Diagnostic finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static ObjectNode location(SourceLocation location) {
    ObjectNode node = NODES.objectNode();
    ObjectNode physical = node.putObject("physicalLocation");
    physical.set("artifactLocation", SarifLog.artifactLocation(location.file()));
    if (location.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", location.line());
      if (location.column() > 0) {
        region.put("startColumn", location.column());
      }
    }
    if (!location.yamlPath().isEmpty()) {
      node.putArray("logicalLocations").addObject().put("fullyQualifiedName", location.yamlPath());
    }
    return node;
  }
}

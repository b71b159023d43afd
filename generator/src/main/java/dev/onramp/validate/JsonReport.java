package dev.onramp.validate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.output.ReportText;

/**
 * The validation report as JSON, for scripts and dashboards ({@code cfn-validate.json}). Every key
 * is always present; a value that is unknown or absent is {@code null}.
 *
 * <pre>
 * {
 *   "reportVersion": 1,                        bumped only when a key changes meaning or goes away
 *   "engine": "container onramp/cfn-lint:1.51.0",
 *   "cfnLintVersion": "1.51.0",
 *   "totals": {"templates": 2, "errors": 1, "warnings": 1, "info": 0},
 *   "templates": [                             by blueprint name
 *     {
 *       "blueprint": "acme-portal",
 *       "template": "acme-portal/template.yaml", relative to the output directory
 *       "blueprintFile": "src/main/blueprints/acme-portal.yaml",
 *       "sha256": "9f86d0...",                  of the YAML template's bytes, which cfn:publish
 *                                               accepts this report for; null when unknown
 *       "cached": false,                        cfn-lint's result came from the cache
 *       "errors": 1, "warnings": 1, "info": 0,
 *       "findings": [                          by file, line, column, rule, message
 *         {
 *           "severity": "error",                error | warning | info
 *           "tool": "cfn-lint",                 cfn-lint | onramp
 *           "rule": "E3012",
 *           "file": "target/cfn/acme-portal/template.yaml",
 *           "line": 12, "column": 5,            1-based; null when unknown
 *           "yamlPath": "Resources.AcmeAccessRole.Properties.MaxSessionDuration",
 *           "message": "...",
 *           "hint": "...",                      how to fix it; null when there is none
 *           "origin": {"file": "...", "line": 14, "column": 5, "yamlPath": "roles[0]"}
 *         }                                     origin: the blueprint element, or null
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 */
final class JsonReport {
  /** The version of the shape above. */
  public static final int REPORT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonReport() {}

  /** The report as pretty-printed JSON with LF line ends and a final newline. */
  public static String write(ValidationReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("reportVersion", REPORT_VERSION);
    root.put("engine", nullWhenEmpty(report.engine()));
    root.put("cfnLintVersion", nullWhenEmpty(report.cfnLintVersion()));
    ObjectNode totals = root.putObject("totals");
    totals.put("templates", report.templates().size());
    totals.put("errors", report.count(Severity.ERROR));
    totals.put("warnings", report.count(Severity.WARNING));
    totals.put("info", report.count(Severity.INFO));
    var templates = root.putArray("templates");
    for (TemplateReport template : ReportConventions.templates(report)) {
      templates.add(template(template));
    }
    return ReportText.json(root);
  }

  private static ObjectNode template(TemplateReport template) {
    ObjectNode node = NODES.objectNode();
    node.put("blueprint", template.blueprint());
    node.put("template", ReportConventions.forwardSlashes(template.template()));
    node.put(
        "blueprintFile",
        nullWhenEmpty(
            ReportText.forwardSlashes(ReportConventions.orEmpty(template.blueprintFile()))));
    node.put("sha256", nullWhenEmpty(template.sha256()));
    node.put("cached", template.cached());
    node.put("errors", template.count(Severity.ERROR));
    node.put("warnings", template.count(Severity.WARNING));
    node.put("info", template.count(Severity.INFO));
    var findings = node.putArray("findings");
    for (Diagnostic finding : ReportConventions.findings(template)) {
      findings.add(finding(finding));
    }
    return node;
  }

  private static ObjectNode finding(Diagnostic finding) {
    ObjectNode node = NODES.objectNode();
    node.put("severity", finding.severity().label());
    node.put("tool", finding.code().tool());
    node.put("rule", finding.code().id());
    location(node, finding.location());
    node.put("message", finding.message());
    node.put("hint", nullWhenEmpty(finding.hint()));
    finding
        .origin()
        .ifPresentOrElse(
            origin -> location(node.putObject("origin"), origin), () -> node.putNull("origin"));
    return node;
  }

  private static void location(ObjectNode node, SourceLocation location) {
    node.put("file", ReportText.forwardSlashes(location.file()));
    positive(node, "line", location.line());
    positive(node, "column", location.column());
    node.put("yamlPath", nullWhenEmpty(location.yamlPath()));
  }

  /** Lines and columns are 1-based; 0 means unknown. */
  private static void positive(ObjectNode node, String key, int value) {
    if (value > 0) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  private static String nullWhenEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}

package dev.onramp.validate;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import dev.onramp.output.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a build prints after validation: one per template with its counts, each followed by its
 * findings as the compiler-style text of {@link Diagnostic#render()}, then a total:
 *
 * <pre>
 * acme-identity: 0 errors, 0 warnings, 0 info (cached)
 * acme-portal: 0 errors, 1 warning, 0 info
 * target/cfn/acme-portal/template.yaml:40:7: warning W3005 at Resources.AcmeAccessRole: ...
 *   from: src/main/blueprints/acme-portal.yaml:14:5 (roles[0])
 * Validated 2 templates with container onramp/cfn-lint:1.51.0 (cfn-lint 1.51.0): 0 errors, 1 warning
 * </pre>
 *
 * The total names info findings only when there are some. Lines carry no line separator.
 */
public final class ConsoleSummary {
  private ConsoleSummary() {}

  public static List<String> lines(ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (TemplateReport template : ReportConventions.templates(report)) {
      lines.add(
          template.blueprint()
              + ": "
              + ReportText.count(template.count(Severity.ERROR), "error")
              + ", "
              + ReportText.count(template.count(Severity.WARNING), "warning")
              + ", "
              + template.count(Severity.INFO)
              + " info"
              + (template.cached() ? " (cached)" : ""));
      for (Diagnostic finding : ReportConventions.findings(template)) {
        lines.addAll(List.of(finding.render().split("\n", -1)));
      }
    }
    lines.add(total(report));
    return List.copyOf(lines);
  }

  private static String total(ValidationReport report) {
    StringBuilder total = new StringBuilder("Validated ");
    total.append(ReportText.count(report.templates().size(), "template"));
    String engine = ReportConventions.orEmpty(report.engine());
    if (!engine.isEmpty()) {
      total.append(" with ").append(engine);
    }
    String version = ReportConventions.orEmpty(report.cfnLintVersion());
    if (!version.isEmpty()) {
      total.append(" (cfn-lint ").append(version).append(')');
    }
    total
        .append(": ")
        .append(ReportText.count(report.count(Severity.ERROR), "error"))
        .append(", ")
        .append(ReportText.count(report.count(Severity.WARNING), "warning"));
    long info = report.count(Severity.INFO);
    if (info > 0) {
      total.append(", ").append(info).append(" info");
    }
    return total.toString();
  }
}

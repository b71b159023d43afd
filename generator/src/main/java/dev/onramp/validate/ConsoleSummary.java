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
 * The total names info findings only when there are some. Lines carry no line separator. Each line
 * has the level a front end prints it at ({@link #levelled}): a finding's lines (its fix and origin
 * included) its own severity, the counts and the total {@link Severity#INFO}.
 */
public final class ConsoleSummary {
  private ConsoleSummary() {}

  /** A line of the summary and the level it is printed at. */
  public record Line(Severity level, String text) {}

  /** The summary's text, line by line. */
  public static List<String> lines(ValidationReport report) {
    return levelled(report).stream().map(Line::text).toList();
  }

  /** The summary's lines with their levels, so that an error is printed as one. */
  public static List<Line> levelled(ValidationReport report) {
    List<Line> lines = new ArrayList<>();
    for (TemplateReport template : ReportConventions.templates(report)) {
      lines.add(
          info(
              template.blueprint()
                  + ": "
                  + ReportText.count(template.count(Severity.ERROR), "error")
                  + ", "
                  + ReportText.count(template.count(Severity.WARNING), "warning")
                  + ", "
                  + template.count(Severity.INFO)
                  + " info"
                  + (template.cached() ? " (cached)" : "")));
      for (Diagnostic finding : ReportConventions.findings(template)) {
        for (String line : finding.render().split("\n", -1)) {
          lines.add(new Line(finding.severity(), line));
        }
      }
    }
    lines.add(info(total(report)));
    return List.copyOf(lines);
  }

  private static Line info(String text) {
    return new Line(Severity.INFO, text);
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

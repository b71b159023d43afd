package dev.onramp.validate;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.output.ReportText;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every report writer shares, so that the console, JSON, SARIF and JUnit reports list the same
 * findings in the same order: templates by blueprint name, findings by file, line, column, rule id
 * and message; paths with forward slashes and JSON as every report writes them ({@link
 * ReportText}).
 */
final class ReportConventions {

  static final Comparator<TemplateReport> TEMPLATE_ORDER =
      Comparator.comparing(TemplateReport::blueprint)
          .thenComparing(template -> forwardSlashes(template.template()));

  private static final Comparator<SourceLocation> LOCATION_ORDER =
      Comparator.comparing(SourceLocation::file)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column)
          .thenComparing(SourceLocation::yamlPath);

  /** The documented order, then every other field, so that no two findings tie by accident. */
  static final Comparator<Diagnostic> FINDING_ORDER =
      Comparator.comparing((Diagnostic finding) -> finding.location().file())
          .thenComparingInt(finding -> finding.location().line())
          .thenComparingInt(finding -> finding.location().column())
          .thenComparing(finding -> finding.code().id())
          .thenComparing(Diagnostic::message)
          .thenComparing(finding -> finding.code().tool())
          .thenComparing(Diagnostic::severity)
          .thenComparing(finding -> finding.location().yamlPath())
          .thenComparing(Diagnostic::hint)
          .thenComparing(
              Diagnostic::origin,
              Comparator.comparing(
                  (Optional<SourceLocation> origin) -> origin.orElse(null),
                  Comparator.nullsFirst(LOCATION_ORDER)));

  private ReportConventions() {}

  static List<TemplateReport> templates(ValidationReport report) {
    return report.templates().stream().sorted(TEMPLATE_ORDER).toList();
  }

  static List<Diagnostic> findings(TemplateReport template) {
    return template.findings().stream().sorted(FINDING_ORDER).toList();
  }

  /** A relative path as {@code a/b/c}, whatever the platform's separator. */
  static String forwardSlashes(Path path) {
    return ReportText.forwardSlashes(path.toString());
  }

  /** A value that may be missing, as text: {@code null} becomes {@code ""}. */
  static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}

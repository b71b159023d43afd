package dev.onramp.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.StableJson;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every report writer shares, so that the console, JSON, SARIF and JUnit reports list the same
 * findings in the same order: templates by blueprint name, findings by file, line, column, rule id
 * and message; paths with forward slashes; JSON indented by two spaces with LF. Public for the
 * policy review's reports ({@code dev.onramp.review.report}), which follow the same conventions.
 */
public final class ReportConventions {

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
    return forwardSlashes(path.toString());
  }

  public static String forwardSlashes(String path) {
    return path.replace('\\', '/');
  }

  /** A value that may be missing, as text: {@code null} becomes {@code ""}. */
  static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** {@code "1 error"}, {@code "2 warnings"}: counts as a person writes them. */
  public static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** Pretty-printed JSON with LF line ends and a final newline. */
  public static String json(JsonNode tree) {
    return StableJson.write(tree);
  }
}

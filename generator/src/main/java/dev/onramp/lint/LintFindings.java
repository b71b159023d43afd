package dev.onramp.lint;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.ExternalRule;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cfn-lint findings as Onramp diagnostics: located in the template, and pointing back at the
 * blueprint element that asked for the resource they are in.
 */
public final class LintFindings {
  /** The tool of every cfn-lint rule. */
  public static final String TOOL = "cfn-lint";

  private LintFindings() {}

  /** Diagnostics showing each template path as given. */
  public static List<Diagnostic> toDiagnostics(
      List<LintFinding> findings, Map<Path, CompiledTemplate> compiled) {
    return toDiagnostics(findings, compiled, Optional.empty());
  }

  /**
   * Diagnostics, one per finding, in the findings' order.
   *
   * @param compiled the compiled template behind each template file (template.yaml and
   *     template.json alike); files without one get no origin
   * @param relativeTo shows template paths relative to this folder (such as the output directory's
   *     parent) where they lie under it, with forward slashes
   */
  public static List<Diagnostic> toDiagnostics(
      List<LintFinding> findings, Map<Path, CompiledTemplate> compiled, Optional<Path> relativeTo) {
    Map<Path, CompiledTemplate> byPath = new HashMap<>();
    compiled.forEach((path, template) -> byPath.put(normal(path), template));
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (LintFinding finding : findings) {
      Diagnostic diagnostic =
          new Diagnostic(
              finding.severity(),
              new ExternalRule(TOOL, finding.ruleId()),
              new SourceLocation(
                  shown(finding.template(), relativeTo),
                  finding.line(),
                  finding.column(),
                  yamlPath(finding.path())),
              finding.message(),
              hint(finding));
      CompiledTemplate template = byPath.get(normal(finding.template()));
      Optional<SourceLocation> origin =
          template == null ? Optional.empty() : origin(finding, template);
      diagnostics.add(origin.map(diagnostic::withOrigin).orElse(diagnostic));
    }
    return diagnostics;
  }

  private static Optional<SourceLocation> origin(LintFinding finding, CompiledTemplate template) {
    Optional<String> resource = finding.resource();
    if (resource.isEmpty()) {
      boolean json = finding.template().getFileName().toString().endsWith(".json");
      resource =
          TemplateResources.at(json ? template.json() : template.yaml(), finding.line(), json);
    }
    return resource.flatMap(template::originOf);
  }

  /** The rule's description and where it is documented. */
  static String hint(LintFinding finding) {
    String description = finding.ruleDescription().strip();
    String source = finding.ruleSource().strip();
    if (source.isEmpty()) {
      return description;
    }
    return description.isEmpty() ? "see " + source : description + " (see " + source + ")";
  }

  /** cfn-lint's path as a YAML path: {@code Resources.Role.Properties.Policies[0]}. */
  static String yamlPath(List<String> path) {
    StringBuilder text = new StringBuilder();
    for (String step : path) {
      if (!step.isEmpty() && step.chars().allMatch(Character::isDigit)) {
        text.append('[').append(step).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(step);
      }
    }
    return text.toString();
  }

  private static String shown(Path template, Optional<Path> relativeTo) {
    Path shown = template;
    if (relativeTo.isPresent()) {
      Path base = normal(relativeTo.get());
      Path file = normal(template);
      if (file.startsWith(base)) {
        shown = base.relativize(file);
      }
    }
    return shown.toString().replace('\\', '/');
  }

  private static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }
}

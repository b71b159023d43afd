package dev.onramp.lint;

import dev.onramp.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cfn-lint finding in one template.
 *
 * @param ruleId cfn-lint's rule, such as {@code E3012}
 * @param severity cfn-lint's level: Error, Warning or Informational
 * @param template the template file as it was given to the engine
 * @param line 1-based line of the finding's start, 0 when unknown
 * @param column 1-based column of the finding's start, 0 when unknown
 * @param message what cfn-lint says is wrong
 * @param ruleDescription what the rule checks
 * @param ruleSource where the rule is documented, a URL
 * @param path where in the template, as cfn-lint's {@code Location.Path}: {@code [Resources,
 *     Bucket, Properties, Tags, 0]}; empty when cfn-lint gives none
 */
public record LintFinding(
    String ruleId,
    Severity severity,
    Path template,
    int line,
    int column,
    String message,
    String ruleDescription,
    String ruleSource,
    List<String> path) {

  public LintFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(template, "template");
    message = Objects.requireNonNullElse(message, "");
    ruleDescription = Objects.requireNonNullElse(ruleDescription, "");
    ruleSource = Objects.requireNonNullElse(ruleSource, "");
    path = List.copyOf(path);
  }

  /** The same finding for a template at another path (cached findings, container paths). */
  public LintFinding in(Path otherTemplate) {
    return new LintFinding(
        ruleId, severity, otherTemplate, line, column, message, ruleDescription, ruleSource, path);
  }

  /** The logical id of the resource the finding is in, when cfn-lint's path says so. */
  public Optional<String> resource() {
    return path.size() >= 2 && path.get(0).equals("Resources")
        ? Optional.of(path.get(1))
        : Optional.empty();
  }
}

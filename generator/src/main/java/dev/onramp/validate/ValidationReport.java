package dev.onramp.validate;

import dev.onramp.diagnostic.Severity;
import java.util.List;

/**
 * The outcome of validating every template of a build: which cfn-lint engine and version ran, and a
 * report per template, in blueprint-name order.
 */
public record ValidationReport(
    String engine, String cfnLintVersion, List<TemplateReport> templates) {

  public ValidationReport {
    templates = List.copyOf(templates);
  }

  public long count(Severity severity) {
    return templates.stream().mapToLong(template -> template.count(severity)).sum();
  }

  /** Whether the build must fail: on errors always, on warnings when asked. */
  public boolean fails(boolean failOnWarning) {
    return count(Severity.ERROR) > 0 || (failOnWarning && count(Severity.WARNING) > 0);
  }
}

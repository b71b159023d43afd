package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What validation found: the lines to print (per template its counts and findings, then the total),
 * the reports written, and whether the findings fail the build.
 *
 * @param lines the console summary; its last line is the total
 * @param reports the JSON, SARIF and JUnit reports, in that order
 */
public record ValidateResult(List<String> lines, List<Path> reports, boolean fails) {

  public ValidateResult {
    lines = List.copyOf(lines);
    reports = List.copyOf(reports);
  }

  /** {@code Validated 2 templates with …: 0 errors, 1 warning}. */
  public String total() {
    return lines.get(lines.size() - 1);
  }

  /** The SARIF report, which code-scanning tools and reviewers read. */
  public Path sarif() {
    return reports.get(1);
  }
}

package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The policy diff: per blueprint a summary line and its changes (escalations and worse as
 * warnings), the reports written, and whether the diff fails the build under the request's {@code
 * failOn}.
 *
 * @param baseline what was compared with, such as {@code directory baseline policy-baseline}
 * @param reports {@code policy-diff.md}, {@code .json} and {@code .sarif}, in that order
 * @param failOn the threshold applied, spelt as in the request ({@code escalation})
 * @param current what was compared, such as {@code blueprints} or {@code directory cfn}
 */
public record DiffResult(
    String baseline,
    List<Message> lines,
    List<Path> reports,
    String failOn,
    boolean fails,
    String current) {

  public DiffResult {
    lines = List.copyOf(lines);
    reports = List.copyOf(reports);
  }

  /** {@code policy-diff.md}, the report for a pull-request comment. */
  public Path markdown() {
    return reports.get(0);
  }
}

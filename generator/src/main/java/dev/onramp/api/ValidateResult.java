package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What validation found: the messages to print (per template its counts and findings, then the
 * total), the reports written, and whether the findings fail the build. A finding's message has its
 * own level (an error is {@link Message.Level#ERROR}, so a build log shows it as one); the counts
 * and the total are {@link Message.Level#INFO}.
 *
 * @param messages the console summary, one message per line; its last is the total
 * @param reports the JSON, SARIF and JUnit reports, in that order
 */
public record ValidateResult(List<Message> messages, List<Path> reports, boolean fails) {

  public ValidateResult {
    messages = List.copyOf(messages);
    reports = List.copyOf(reports);
  }

  /** The console summary's text, line by line. */
  public List<String> lines() {
    return messages.stream().map(Message::text).toList();
  }

  /** {@code Validated 2 templates with …: 0 errors, 1 warning}. */
  public String total() {
    return messages.get(messages.size() - 1).text();
  }

  /** The SARIF report, which code-scanning tools and reviewers read. */
  public Path sarif() {
    return reports.get(1);
  }
}

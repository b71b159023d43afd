package dev.onramp.template;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template {@link TemplateReader} cannot read: not YAML or JSON, not a CloudFormation template,
 * or an intrinsic function written in a shape CloudFormation would reject. Unchecked because a
 * caller cannot recover from it; the message names the line and column where SnakeYAML knows them,
 * as {@code (line 3, column 7)}, which {@link #line()} and {@link #column()} return.
 */
public final class TemplateFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern WHERE = Pattern.compile("\\(line (\\d+), column (\\d+)\\)");

  public TemplateFormatException(String message) {
    super(message);
  }

  public TemplateFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The message without its location, for callers that print the location their own way. */
  public String problem() {
    return getMessage().replaceAll(" ?\\(line \\d+, column \\d+\\)", "");
  }

  /** The line the problem is on, 1-based, when the reader knows it. */
  public OptionalInt line() {
    return where(1);
  }

  /** The column the problem is at, 1-based, when the reader knows it. */
  public OptionalInt column() {
    return where(2);
  }

  private OptionalInt where(int group) {
    Matcher matcher = WHERE.matcher(getMessage());
    return matcher.find()
        ? OptionalInt.of(Integer.parseInt(matcher.group(group)))
        : OptionalInt.empty();
  }
}

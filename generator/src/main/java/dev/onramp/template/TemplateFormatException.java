package dev.onramp.template;

/**
 * A template {@link TemplateReader} cannot read: not YAML or JSON, not a CloudFormation template,
 * or an intrinsic function written in a shape CloudFormation would reject. Unchecked because a
 * caller cannot recover from it; the message names the line where SnakeYAML knows it.
 */
public final class TemplateFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateFormatException(String message) {
    super(message);
  }

  public TemplateFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.onramp.lint;

/**
 * cfn-lint could not be run or said something that is not a lint result. The message says what
 * happened and what to do about it; it is meant to be shown to the user as it is.
 */
public final class LintException extends Exception {
  private static final long serialVersionUID = 1L;

  public LintException(String message) {
    super(message);
  }

  public LintException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.onramp.review.baseline;

/** A baseline that cannot be read, with what to do about it. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String hint;

  public BaselineException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public BaselineException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  /** How to fix it. */
  public String hint() {
    return hint;
  }

  /** The message and its fix, as the build prints them. */
  public String render() {
    return getMessage() + "\n  fix: " + hint;
  }
}

package dev.onramp.publish.s3;

/**
 * Why a release could not be published: what failed ({@link #problem()}, naming the s3:// URIs and
 * regions) and what to do about it ({@link #hint()}). A checked exception because a caller (the
 * publish goal) must show it to the user rather than let it escape as a stack trace. Never carries
 * a credential.
 */
public final class PublishException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String hint;

  public PublishException(String problem, String hint) {
    this(problem, hint, null);
  }

  public PublishException(String problem, String hint, Throwable cause) {
    super(hint == null || hint.isEmpty() ? problem : problem + "\n" + hint, cause);
    this.problem = problem;
    this.hint = hint == null ? "" : hint;
  }

  /** What went wrong, without the hint. */
  public String problem() {
    return problem;
  }

  /** How to fix it; empty when there is nothing more to say. */
  public String hint() {
    return hint;
  }
}

package dev.onramp.link;

/**
 * Why a link or an ExternalId could not be made: what is wrong ({@link #getMessage()}) and what to
 * do about it ({@link #hint()}). Immutable; thrown for bad input, never for a bug.
 */
public final class LinkException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String hint;

  public LinkException(String problem, String hint) {
    super(hint == null || hint.isEmpty() ? problem : problem + ": " + hint);
    this.problem = problem;
    this.hint = hint == null ? "" : hint;
  }

  /** What is wrong, without the hint. */
  public String problem() {
    return problem;
  }

  /** What to do about it; empty when there is nothing more to say. */
  public String hint() {
    return hint;
  }
}

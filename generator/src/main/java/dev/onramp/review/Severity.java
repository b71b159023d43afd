package dev.onramp.review;

/**
 * How a change affects access, from harmless to alarming; a diff is classified by its most severe
 * change, {@link #NONE} when there is none.
 */
public enum Severity {
  /** No change. */
  NONE,
  /** Worth knowing, grants nothing: something that was not reviewed went away. */
  INFO,
  /** Less access: actions, resources, principals or roles removed, conditions or Denys added. */
  NARROWING,
  /** More access, or access the review cannot bound: the change a reviewer must approve. */
  ESCALATION,
  /**
   * An escalation that defeats a safeguard: the {@code sts:ExternalId} condition of a trust policy
   * removed (the confused-deputy guard), or a new AWS principal trusted without it where it was
   * required before; or a Permissions-management action newly allowed (the principal could then
   * grant itself anything).
   */
  CRITICAL;

  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}

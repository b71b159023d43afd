package dev.onramp.review;

import java.util.Locale;

/**
 * What a change does to access as a whole, the way a security reviewer asks it: grants nothing more
 * and nothing less ({@link #EQUAL}), only more ({@link #ESCALATION}), only less ({@link
 * #REDUCTION}), or some of each ({@link #MIXED}). A diff's verdict follows from its changes'
 * severities; changes that grant nothing ({@link Severity#INFO}) leave it {@link #EQUAL}.
 */
public enum AccessVerdict {
  EQUAL,
  ESCALATION,
  REDUCTION,
  MIXED;

  /** The verdict of a diff with and without more and less access. */
  public static AccessVerdict of(boolean more, boolean less) {
    return more ? (less ? MIXED : ESCALATION) : (less ? REDUCTION : EQUAL);
  }

  /** {@code equal}, {@code escalation}, {@code reduction} or {@code mixed}, ignoring case. */
  public static AccessVerdict parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

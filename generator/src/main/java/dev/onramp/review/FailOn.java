package dev.onramp.review;

import java.util.Locale;

/**
 * When a build should fail on a policy diff: {@code none} never, {@code any} on any change at all,
 * {@code escalation} on an escalation or a critical change (more access than before).
 */
public enum FailOn {
  NONE,
  ANY,
  ESCALATION;

  public boolean fails(PolicyDiff diff) {
    return switch (this) {
      case NONE -> false;
      case ANY -> !diff.isEmpty();
      case ESCALATION -> diff.classification().isAtLeast(Severity.ESCALATION);
    };
  }

  /** {@code none}, {@code any} or {@code escalation}, ignoring case. */
  public static FailOn parse(String text) {
    for (FailOn value : values()) {
      if (value.name().equalsIgnoreCase(text.strip())) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "failOn must be none, any or escalation, not '" + text + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

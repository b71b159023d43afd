package dev.onramp.iam;

import java.util.Locale;

/**
 * An IAM action as a policy writes it, such as {@code ec2:Describe*} or {@code s3:Get?bject}:
 * {@code *} matches any run of characters, {@code ?} any one character, and the comparison ignores
 * case, as IAM's does.
 */
public record ActionPattern(String text) {

  public ActionPattern {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an action pattern must not be empty");
    }
  }

  /** Whether the pattern holds {@code *} or {@code ?}. */
  public boolean hasWildcard() {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** The service prefix ({@code ec2}), or empty when the pattern names none or wildcards it. */
  public String service() {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return "";
    }
    String service = text.substring(0, colon);
    return service.indexOf('*') >= 0 || service.indexOf('?') >= 0
        ? ""
        : service.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code action} ({@code service:Action}) matches, ignoring case. */
  public boolean matches(String action) {
    return Wildcards.matchesIgnoringCase(text, action);
  }

  @Override
  public String toString() {
    return text;
  }
}

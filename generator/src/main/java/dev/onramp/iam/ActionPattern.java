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
    return matches(text, action);
  }

  /** Glob matching with one point to return to after a mismatch: linear for IAM's short texts. */
  static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || sameIgnoringCase(pattern.charAt(p), text.charAt(t)))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static boolean sameIgnoringCase(char a, char b) {
    return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  @Override
  public String toString() {
    return text;
  }
}

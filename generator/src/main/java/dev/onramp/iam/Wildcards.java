package dev.onramp.iam;

/**
 * IAM's wildcard matching, for actions and resource ARNs alike: {@code *} matches any run of
 * characters (colons and slashes included), {@code ?} any one character. Actions compare ignoring
 * case, as IAM's do; resource ARNs compare exactly.
 */
public final class Wildcards {
  private Wildcards() {}

  /** Whether {@code pattern} matches all of {@code text}, case-sensitively (resource ARNs). */
  public static boolean matches(String pattern, String text) {
    return matches(pattern, text, false);
  }

  /** Whether {@code pattern} matches all of {@code text}, ignoring case (actions). */
  public static boolean matchesIgnoringCase(String pattern, String text) {
    return matches(pattern, text, true);
  }

  /** Glob matching with one point to return to after a mismatch: linear for IAM's short texts. */
  private static boolean matches(String pattern, String text, boolean ignoreCase) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
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

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
  }
}

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

  /**
   * Whether some text matches both patterns, case-sensitively (resource ARNs): {@code arn:*:b/*}
   * and {@code arn:aws:*} overlap, {@code …/restapis/*} and {@code …/apikeys} do not.
   */
  public static boolean mayOverlap(String a, String b) {
    // Which suffix pairs have been shown to have no common text: memo of a search over positions.
    boolean[][] failed = new boolean[a.length() + 1][b.length() + 1];
    return overlap(a, 0, b, 0, failed);
  }

  private static boolean overlap(String a, int i, String b, int j, boolean[][] failed) {
    if (failed[i][j]) {
      return false;
    }
    boolean found;
    if (i == a.length() && j == b.length()) {
      found = true;
    } else if (i < a.length() && a.charAt(i) == '*') {
      // The star matches nothing more, or swallows b's next character (or b's own star).
      found =
          overlap(a, i + 1, b, j, failed) || (j < b.length() && overlap(a, i, b, j + 1, failed));
    } else if (j < b.length() && b.charAt(j) == '*') {
      found =
          overlap(a, i, b, j + 1, failed) || (i < a.length() && overlap(a, i + 1, b, j, failed));
    } else if (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      found = (x == '?' || y == '?' || x == y) && overlap(a, i + 1, b, j + 1, failed);
    } else {
      found = false;
    }
    failed[i][j] = !found;
    return found;
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

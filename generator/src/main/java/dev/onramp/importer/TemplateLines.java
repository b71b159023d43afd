package dev.onramp.importer;

/**
 * Where a text is first written in a template outside a comment, for errors the reader's model no
 * longer locates (an unknown function the reader took as a function of that name).
 */
final class TemplateLines {
  private TemplateLines() {}

  /** The 1-based line and column of {@code needle}, or {0, 0} when it is not written. */
  static int[] find(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int at = line.indexOf(needle);
      while (at >= 0) {
        if (!inComment(line, at)) {
          return new int[] {i + 1, at + 1};
        }
        at = line.indexOf(needle, at + 1);
      }
    }
    return new int[] {0, 0};
  }

  /** The first line that is neither blank nor a comment: where a document's content starts. */
  static int firstContent(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#") && !line.equals("---")) {
        return i + 1;
      }
    }
    return 1;
  }

  /** Whether a YAML comment ({@code #} at the start or after a blank) begins before {@code at}. */
  private static boolean inComment(String line, int at) {
    for (int i = 0; i < at; i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }
}

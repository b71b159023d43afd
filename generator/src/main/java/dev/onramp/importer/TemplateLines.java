package dev.onramp.importer;

/** Where a text first appears in a template, for errors the reader's model no longer locates. */
final class TemplateLines {
  private TemplateLines() {}

  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  static int columnOf(String text, String needle) {
    int at = text.indexOf(needle);
    return at < 0 ? 0 : at - text.lastIndexOf('\n', at - 1);
  }
}

package dev.onramp.cdk;

/**
 * Java source text for literal values: strings (a text block for multi-line text such as inline
 * Lambda code or an embedded template), numbers and Javadoc text. Non-ASCII characters are written
 * as unicode escapes, so the sources compile the same under any source encoding.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /** A string literal; multi-line text becomes a text block. */
  static String string(String value) {
    return value.indexOf('\n') >= 0 && value.indexOf('\n') < value.length() - 1
        ? textBlock(value)
        : quoted(value);
  }

  /** A one-line string literal. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> appendChar(out, c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * A text block with its content at indentation 0 (the template indents it with the rest of the
   * expression) and the closing delimiter on a line of its own, which fixes the indentation the
   * compiler strips. Text without a final newline ends its last line with {@code \}, the escape
   * that joins it to the next. Trailing spaces, which the compiler strips, are kept with {@code
   * \s}.
   */
  static String textBlock(String value) {
    StringBuilder out = new StringBuilder("\"\"\"\n");
    boolean endsWithNewline = value.endsWith("\n");
    String[] lines =
        (endsWithNewline ? value.substring(0, value.length() - 1) : value).split("\n", -1);
    for (String line : lines) {
      out.append(textBlockLine(line)).append('\n');
    }
    if (!endsWithNewline) {
      out.setLength(out.length() - 1);
      out.append("\\\n");
    }
    return out.append("\"\"\"").toString();
  }

  private static String textBlockLine(String line) {
    StringBuilder out = new StringBuilder();
    int quotesInARow = 0;
    boolean endsWithBareQuote = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      endsWithBareQuote = false;
      if (c == '"') {
        // Every third quote in a row is escaped, so no run of three closes the block.
        quotesInARow++;
        endsWithBareQuote = quotesInARow % 3 != 0;
        out.append(endsWithBareQuote ? "\"" : "\\\"");
        continue;
      }
      quotesInARow = 0;
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> appendChar(out, c);
      }
    }
    if (endsWithBareQuote) {
      // A quote at the end of the last line would merge with the closing delimiter.
      out.setLength(out.length() - 1);
      out.append("\\\"");
    } else if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      // The compiler strips trailing spaces; the escape keeps the last one, and so all of them.
      out.setLength(out.length() - 1);
      out.append("\\s");
    }
    return out.toString();
  }

  private static void appendChar(StringBuilder out, char c) {
    if (c < 0x20 || c > 0x7e) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  /** A number as Java source: an int, a long with {@code L}, or a {@code BigDecimal}. */
  static String number(Number value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Long l) {
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? l.toString() : l + "L";
    }
    return "new BigDecimal(" + quoted(value.toString()) + ")";
  }

  /** Text for a Javadoc comment: no comment end, no HTML or tags that javadoc would read. */
  static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\u", "\\\\u")
        .codePoints()
        .collect(
            StringBuilder::new,
            (out, c) -> {
              if (c > 0x7e) {
                out.append("&#").append(c).append(';');
              } else {
                out.appendCodePoint(c);
              }
            },
            StringBuilder::append)
        .toString();
  }
}

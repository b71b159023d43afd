package dev.onramp.blueprint.bind;

/**
 * Translates the regular expressions the binder matches with ({@link java.util.regex.Pattern}) into
 * the ECMA-262 dialect JSON Schema's {@code pattern} requires, so every rule is written once, in
 * Java, and published from there. Editors (the YAML language server, ajv) compile patterns as
 * JavaScript {@code RegExp}s with the {@code u} flag, Python's {@code jsonschema} with {@code re}:
 * the output is written for all three to read alike.
 *
 * <p>Only the part of Java's syntax the model uses is translated; anything else is refused with an
 * {@link IllegalArgumentException} when the schema is written (and so in {@code SchemaWriterTest}),
 * never published untranslated:
 *
 * <ul>
 *   <li>a leading {@code (?s)} makes every {@code .} outside a class {@code [\s\S]};
 *   <li>{@code \d}, {@code \w} and {@code \s} (and {@code \D}, {@code \W}, {@code \S} outside a
 *       class) become the ASCII classes Java means by them, since Python's {@code \d} and ECMA's
 *       {@code \s} also take Unicode characters;
 *   <li>an escaped character that needs no escape in ECMA's {@code u} mode ({@code \-} outside a
 *       class, {@code \:}, {@code \@}…) is written plainly;
 *   <li>refused: other inline flags, possessive quantifiers ({@code *+}), atomic groups ({@code
 *       (?>}), {@code \p{…}}, {@code \Q…\E}, {@code \A}, {@code \Z}, {@code \z}, {@code \G}, {@code
 *       \R}, {@code \h}, class intersections ({@code &&}) and nested classes.
 * </ul>
 */
final class EcmaRegex {
  private static final String DIGIT = "0-9";
  private static final String WORD = "A-Za-z0-9_";
  private static final String SPACE = " \\t\\n\\x0B\\f\\r";

  /** Characters that ECMA's {@code u} mode lets (or makes) one escape outside a class. */
  private static final String SYNTAX = "^$\\.*+?()[]{}|/";

  private final String java;
  private final StringBuilder out = new StringBuilder();
  private int i;
  private boolean dotAll;

  private EcmaRegex(String java) {
    this.java = java;
  }

  /** The ECMA-262 form of {@code java}, which matches the same strings. */
  static String of(String java) {
    return new EcmaRegex(java).translate();
  }

  private String translate() {
    if (java.startsWith("(?s)")) {
      dotAll = true;
      i = 4;
    }
    while (i < java.length()) {
      char c = java.charAt(i);
      switch (c) {
        case '\\' -> escape(false);
        case '[' -> characterClass();
        case '.' -> {
          out.append(dotAll ? "[\\s\\S]" : ".");
          i++;
        }
        case '(' -> group();
        case '*', '+', '?' -> {
          out.append(c);
          i++;
          quantifierSuffix();
        }
        case '{' -> {
          int close = java.indexOf('}', i);
          if (close < 0 || !java.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
            throw refused("a '{' that is not a quantifier");
          }
          out.append(java, i, close + 1);
          i = close + 1;
          quantifierSuffix();
        }
        default -> {
          out.append(c);
          i++;
        }
      }
    }
    return out.toString();
  }

  /** After a quantifier: a lazy {@code ?} is ECMA too; a possessive {@code +} is not. */
  private void quantifierSuffix() {
    if (i < java.length() && java.charAt(i) == '+') {
      throw refused("a possessive quantifier");
    }
    if (i < java.length() && java.charAt(i) == '?') {
      out.append('?');
      i++;
    }
  }

  private void group() {
    if (!java.startsWith("(?", i)) {
      out.append('(');
      i++;
      return;
    }
    for (String kept : new String[] {"(?:", "(?=", "(?!", "(?<=", "(?<!"}) {
      if (java.startsWith(kept, i)) {
        out.append(kept);
        i += kept.length();
        return;
      }
    }
    if (java.startsWith("(?<", i) && Character.isLetter(java.charAt(i + 3))) {
      out.append("(?<"); // A named group: the same syntax.
      i += 3;
      return;
    }
    throw refused(java.startsWith("(?>", i) ? "an atomic group" : "an inline flag");
  }

  private void characterClass() {
    out.append('[');
    i++;
    if (i < java.length() && java.charAt(i) == '^') {
      out.append('^');
      i++;
    }
    boolean first = true;
    while (i < java.length()) {
      char c = java.charAt(i);
      if (c == ']' && !first) {
        out.append(']');
        i++;
        return;
      }
      first = false;
      if (c == '\\') {
        escape(true);
      } else if (c == '[') {
        throw refused("a nested character class");
      } else if (c == '&' && java.startsWith("&&", i)) {
        throw refused("a class intersection");
      } else {
        out.append(c);
        i++;
      }
    }
    throw refused("an unclosed character class");
  }

  private void escape(boolean inClass) {
    if (i + 1 >= java.length()) {
      throw refused("a trailing backslash");
    }
    char c = java.charAt(i + 1);
    i += 2;
    switch (c) {
      case 'd' -> out.append(inClass ? DIGIT : "[" + DIGIT + "]");
      case 'w' -> out.append(inClass ? WORD : "[" + WORD + "]");
      case 's' -> out.append(inClass ? SPACE : "[" + SPACE + "]");
      case 'D', 'W', 'S' -> {
        if (inClass) {
          throw refused("\\" + c + " inside a character class");
        }
        out.append("[^").append(c == 'D' ? DIGIT : c == 'W' ? WORD : SPACE).append(']');
      }
      case 't', 'n', 'r', 'f', 'b', 'B' -> {
        if (inClass && (c == 'b' || c == 'B')) {
          throw refused("\\" + c + " inside a character class");
        }
        out.append('\\').append(c);
      }
      case 'x' -> {
        String hex = i + 2 <= java.length() ? java.substring(i, i + 2) : "";
        if (!hex.matches("[0-9A-Fa-f]{2}")) {
          throw refused("\\x not followed by two hex digits");
        }
        out.append("\\x").append(hex);
        i += 2;
      }
      case 'u' -> {
        String hex = i + 4 <= java.length() ? java.substring(i, i + 4) : "";
        if (!hex.matches("[0-9A-Fa-f]{4}")) {
          throw refused("\\u not followed by four hex digits");
        }
        out.append("\\u").append(hex);
        i += 4;
      }
      default -> {
        if (Character.isLetterOrDigit(c)) {
          // \p{..}, \Q, \A, \Z, \z, \G, \R, \h, \0, back references...: none is used, none kept.
          throw refused("the escape \\" + c);
        }
        literal(c, inClass);
      }
    }
  }

  /** An escaped punctuation character, escaped again only where ECMA's u mode requires it. */
  private void literal(char c, boolean inClass) {
    boolean mustEscape =
        inClass
            ? c == '\\' || c == ']' || c == '[' || c == '^' || c == '-'
            : SYNTAX.indexOf(c) >= 0;
    if (mustEscape) {
      out.append('\\');
    }
    out.append(c);
  }

  private IllegalArgumentException refused(String what) {
    return new IllegalArgumentException(
        "cannot publish the pattern /"
            + java
            + "/ as ECMA-262 for the JSON Schema: it uses "
            + what
            + " (at "
            + i
            + "); rewrite it with the constructs EcmaRegex translates");
  }
}

package dev.onramp.template;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a template as block-style YAML with CloudFormation's short-form tags ({@code !Ref}, {@code
 * !Sub}, …): two-space indent, LF, a final newline, keys in model order. A string is written plain
 * only when YAML cannot read it as anything else; otherwise it is quoted.
 */
public final class YamlTemplateWriter {

  /** Words YAML 1.1 readers (cfn-lint, the console) take as booleans or null. */
  private static final Set<String> RESERVED =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

  private YamlTemplateWriter() {}

  public static String write(Template template) {
    StringBuilder out = new StringBuilder(TemplateText.INITIAL_CAPACITY);
    mapping(out, TemplateTree.of(template), 0);
    return out.toString();
  }

  private static void mapping(StringBuilder out, Map<?, ?> map, int indent) {
    mapping(out, map, indent, false);
  }

  /** With {@code continuesLine}, the first key follows a {@code "- "} already printed. */
  private static void mapping(StringBuilder out, Map<?, ?> map, int indent, boolean continuesLine) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(first && continuesLine)) {
        pad(out, indent);
      }
      first = false;
      out.append(scalarText((String) entry.getKey())).append(':');
      afterIndicator(out, entry.getValue(), indent + 2, indent + 2);
    }
  }

  private static void sequence(StringBuilder out, List<?> list, int indent) {
    for (Object item : list) {
      pad(out, indent);
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        out.append("- ");
        mapping(out, map, indent + 2, true);
      } else {
        out.append('-');
        afterIndicator(out, item, indent + 2, indent + 2);
      }
    }
  }

  /**
   * Prints a value after a {@code key:} or {@code -}: scalars and tags on the same line, nested
   * collections on the following lines.
   */
  private static void afterIndicator(
      StringBuilder out, Object value, int mapIndent, int listIndent) {
    if (value instanceof Fn fn) {
      out.append(' ').append(fn.yamlTag());
      Object argument = fn.yamlArgument();
      afterIndicator(out, argument, mapIndent, listIndent);
    } else if (TemplateTree.isEmptyCollection(value)) {
      out.append(value instanceof Map<?, ?> ? " {}\n" : " []\n");
    } else if (value instanceof Map<?, ?> map) {
      out.append('\n');
      mapping(out, map, mapIndent);
    } else if (value instanceof List<?> list) {
      out.append('\n');
      sequence(out, list, listIndent);
    } else if (value instanceof String text && !isPlainSafe(text) && text.indexOf('\n') >= 0) {
      literalBlock(out, text, mapIndent);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static void literalBlock(StringBuilder out, String text, int indent) {
    boolean endsWithNewline = text.endsWith("\n");
    boolean manyTrailing = text.endsWith("\n\n");
    out.append(" |").append(manyTrailing ? "+" : endsWithNewline ? "" : "-");
    if (text.startsWith(" ")) {
      out.append(indent > 0 ? "2" : "");
    }
    out.append('\n');
    String body = endsWithNewline ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()) {
        pad(out, indent);
        out.append(line);
      }
      out.append('\n');
    }
  }

  private static String scalar(Object value) {
    if (value instanceof String text) {
      return scalarText(text);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a template value: " + value);
  }

  static String scalarText(String text) {
    if (isPlainSafe(text)) {
      return text;
    }
    boolean printable = true;
    for (int i = 0; i < text.length() && printable; i++) {
      char c = text.charAt(i);
      printable = c >= 0x20 && c != 0x7F;
    }
    if (printable) {
      return "'" + text.replace("'", "''") + "'";
    }
    StringBuilder quoted = new StringBuilder();
    JsonTemplateWriter.string(quoted, text);
    return quoted.toString();
  }

  /**
   * Whether {@code text} reads back as the same string when written plain: it starts with a letter,
   * {@code _}, {@code /} or {@code $} (so it cannot read as a number), holds only letters, digits,
   * spaces and {@code _./:*${}()@+=,-} (so no comment), is not a YAML 1.1 boolean or null, and has
   * no {@code ": "} and no trailing {@code :} or space. Written out by hand: this runs for every
   * string of every template (regular expressions here were a tenth of the generator's time).
   */
  static boolean isPlainSafe(String text) {
    int length = text.length();
    if (length == 0 || !isPlainStart(text.charAt(0))) {
      return false;
    }
    char previous = text.charAt(0);
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!isPlainChar(c) || (c == ' ' && previous == ':')) {
        return false;
      }
      previous = c;
    }
    char last = text.charAt(length - 1);
    return last != ':'
        && last != ' '
        && (length > 5 || !mayBeReserved(text) || !RESERVED.contains(text));
  }

  /** Every reserved word starts with one of these letters; most short keys do not. */
  private static boolean mayBeReserved(String text) {
    return "yYnNtTfFoO".indexOf(text.charAt(0)) >= 0;
  }

  private static boolean isPlainStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '/' || c == '$';
  }

  private static boolean isPlainChar(char c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case ' ', '_', '.', '/', ':', '*', '$', '{', '}', '(', ')', '@', '+', '=', ',', '-':
        return true;
      default:
        return false;
    }
  }

  private static void pad(StringBuilder out, int spaces) {
    TemplateText.pad(out, spaces);
  }
}

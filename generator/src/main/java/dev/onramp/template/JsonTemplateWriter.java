package dev.onramp.template;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Prints a template as JSON: two-space indent, LF, a final newline, keys in model order.
 * Hand-written rather than delegated so that no library default (line separator, spacing) can
 * change the bytes from one machine to another.
 */
public final class JsonTemplateWriter {
  private JsonTemplateWriter() {}

  public static String write(Template template) {
    StringBuilder out = new StringBuilder(TemplateText.INITIAL_CAPACITY);
    value(out, TemplateTree.of(template), 0);
    return out.append('\n').toString();
  }

  /** Compact JSON of any tree value, as IAM measures a policy (no whitespace). */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    compactValue(out, value);
    return out.toString();
  }

  private static void value(StringBuilder out, Object value, int indent) {
    if (value instanceof Fn fn) {
      value(out, Map.of(fn.jsonKey(), fn.argument()), indent);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<?, ?> entry = entries.next();
        pad(out, indent + 2);
        string(out, (String) entry.getKey());
        out.append(": ");
        value(out, entry.getValue(), indent + 2);
        out.append(entries.hasNext() ? ",\n" : "\n");
      }
      pad(out, indent);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        pad(out, indent + 2);
        value(out, list.get(i), indent + 2);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      pad(out, indent);
      out.append(']');
    } else {
      scalar(out, value);
    }
  }

  private static void compactValue(StringBuilder out, Object value) {
    if (value instanceof Fn fn) {
      compactValue(out, Map.of(fn.jsonKey(), fn.argument()));
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, (String) entry.getKey());
        out.append(':');
        compactValue(out, entry.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        compactValue(out, list.get(i));
      }
      out.append(']');
    } else {
      scalar(out, value);
    }
  }

  private static void scalar(StringBuilder out, Object value) {
    if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a template value: " + value);
    }
  }

  static void string(StringBuilder out, String text) {
    out.append('"');
    // Most template strings need no escape: copy runs of plain characters in one append.
    int plainFrom = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plainFrom, i);
      plainFrom = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    out.append(text, plainFrom, text.length()).append('"');
  }

  private static void pad(StringBuilder out, int spaces) {
    TemplateText.pad(out, spaces);
  }
}

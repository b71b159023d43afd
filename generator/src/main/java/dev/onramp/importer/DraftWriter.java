package dev.onramp.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link DraftMap} as block YAML a person edits: two-space indents, comments above the
 * keys they explain, and every string that YAML 1.1 or 1.2 could read as something else (a number,
 * a boolean, an account id with a leading zero, a text with {@code ": "}) quoted.
 */
final class DraftWriter {
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_/$(][A-Za-z0-9 _./:*${}()@+=,<>\\-]*");
  private static final Set<String> SPECIAL =
      Set.of(
          "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~", ".nan", ".inf",
          "-.inf");
  private static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();

  private DraftWriter() {}

  /** The YAML text of {@code root}, after {@code header} written as comment lines. */
  static String write(String header, DraftMap root) {
    DraftWriter writer = new DraftWriter();
    writer.comment(header, 0);
    writer.mapping(root, 0);
    return writer.out.toString();
  }

  private void mapping(DraftMap map, int indent) {
    for (Map.Entry<String, Object> entry : map.values().entrySet()) {
      comment(map.comment(entry.getKey()), indent);
      pad(indent);
      out.append(key(entry.getKey())).append(':');
      value(entry.getValue(), indent);
    }
  }

  private void value(Object value, int indent) {
    if (value instanceof DraftMap child) {
      if (child.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        mapping(child, indent + 2);
      }
    } else if (value instanceof List<?> items) {
      if (items.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        sequence(items, indent + 2);
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private void sequence(List<?> items, int indent) {
    for (Object item : items) {
      if (item instanceof DraftMap map && !map.isEmpty()) {
        comment(map.headComment(), indent);
        pad(indent);
        out.append("- ");
        // The first key sits after the dash; the others line up under it.
        boolean first = true;
        for (Map.Entry<String, Object> entry : map.values().entrySet()) {
          if (!first) {
            comment(map.comment(entry.getKey()), indent + 2);
            pad(indent + 2);
          }
          first = false;
          out.append(key(entry.getKey())).append(':');
          value(entry.getValue(), indent + 2);
        }
      } else if (item instanceof DraftMap) {
        pad(indent);
        out.append("- {}\n");
      } else if (item instanceof List<?> nested) {
        pad(indent);
        if (nested.isEmpty()) {
          out.append("- []\n");
        } else {
          out.append("-\n");
          sequence(nested, indent + 2);
        }
      } else {
        pad(indent);
        out.append("- ").append(scalar(item)).append('\n');
      }
    }
  }

  private void comment(String text, int indent) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && indent + 2 + line.length() + 1 + word.length() > WIDTH) {
          pad(indent);
          out.append("# ").append(line).append('\n');
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      pad(indent);
      out.append(line.length() == 0 ? "#" : "# " + line).append('\n');
    }
  }

  private void pad(int indent) {
    out.append(" ".repeat(indent));
  }

  private static String key(String key) {
    return isPlain(key) ? key : quoted(key);
  }

  static String scalar(Object value) {
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String text = String.valueOf(value);
    return isPlain(text) ? text : quoted(text);
  }

  private static boolean isPlain(String text) {
    return !text.isEmpty()
        && PLAIN.matcher(text).matches()
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.endsWith(" ")
        && !text.endsWith(":")
        && !SPECIAL.contains(text.toLowerCase(Locale.ROOT));
  }

  private static String quoted(String text) {
    boolean control = text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    if (!control) {
      return "'" + text.replace("'", "''") + "'";
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}

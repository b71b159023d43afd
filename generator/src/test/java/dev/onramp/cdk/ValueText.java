package dev.onramp.cdk;

import dev.onramp.template.Fn;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A value as a difference shows it: text quoted (so {@code ""} and a missing value read apart),
 * functions in their short YAML form, and long values cut, since a difference only has to point at
 * the place.
 */
final class ValueText {
  private static final int LIMIT = 160;

  private ValueText() {}

  static String of(Object value) {
    String text = full(value);
    return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
  }

  private static String full(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof String text) {
      return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
    if (value instanceof Fn fn) {
      return fn.yamlTag()
          + " "
          + (fn instanceof Fn.Ref || fn instanceof Fn.GetAtt
              ? String.valueOf(fn.yamlArgument())
              : full(fn.yamlArgument()));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ValueText::full).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(entry -> entry.getKey() + ": " + full(entry.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}

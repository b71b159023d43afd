package dev.onramp.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the loosely typed parts of the template model (maps, lists, strings, numbers, booleans and
 * {@link Fn}s) the way CloudFormation and IAM read them: one value or a list, both branches of an
 * {@code Fn::If}, {@code "true"} as true. The security checks and the IAM statement model ({@code
 * dev.onramp.iam.Statement}) read templates through it.
 */
public final class TemplateValues {
  private TemplateValues() {}

  /** The resources of {@code type}, in template order. */
  public static Map<String, Template.Resource> resourcesOfType(Template template, String type) {
    Map<String, Template.Resource> found = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (resource.type().equals(type)) {
                found.put(id, resource);
              }
            });
    return found;
  }

  /** The elements of a list, a lone value as a list of one, nothing for null. */
  public static List<Object> oneOrMany(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return List.copyOf(list);
    }
    return List.of(value);
  }

  /**
   * Every value {@code value} may take: the elements of a list, both branches of each {@code
   * Fn::If}, never {@code AWS::NoValue}.
   */
  public static List<Object> alternatives(Object value) {
    List<Object> out = new ArrayList<>();
    collectAlternatives(value, out);
    return out;
  }

  private static void collectAlternatives(Object value, List<Object> out) {
    if (value == null || isNoValue(value)) {
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(element -> collectAlternatives(element, out));
    } else if (value instanceof Fn.If branches) {
      collectAlternatives(branches.whenTrue(), out);
      collectAlternatives(branches.whenFalse(), out);
    } else {
      out.add(value);
    }
  }

  private static boolean isNoValue(Object value) {
    return value instanceof Fn.Ref ref && ref.name().equals("AWS::NoValue");
  }

  /** {@code value} as a map of strings, when it is one. */
  @SuppressWarnings("unchecked")
  public static Optional<Map<String, Object>> map(Object value) {
    return value instanceof Map<?, ?> map
        ? Optional.of((Map<String, Object>) map)
        : Optional.empty();
  }

  /** The map at {@code key} of {@code map}, or an empty map. */
  public static Map<String, Object> mapAt(Map<String, Object> map, String key) {
    return map(map.get(key)).orElse(Map.of());
  }

  /** The plain text of a string or of an {@code Fn::Sub}, whose variables stay as written. */
  public static Optional<String> text(Object value) {
    if (value instanceof String text) {
      return Optional.of(text);
    }
    if (value instanceof Fn.Sub sub) {
      return Optional.of(sub.text());
    }
    return Optional.empty();
  }

  public static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
  }

  public static boolean isFalse(Object value) {
    return Boolean.FALSE.equals(value) || "false".equalsIgnoreCase(String.valueOf(value));
  }

  /** A short, YAML-like rendering of a value for messages: {@code !Ref X}, a Sub's text. */
  public static String describe(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Fn.Sub sub) {
      return sub.text();
    }
    if (value instanceof Fn.Ref ref) {
      return "!Ref " + ref.name();
    }
    if (value instanceof Fn.GetAtt getAtt) {
      return "!GetAtt " + getAtt.resource() + "." + getAtt.attribute();
    }
    if (value instanceof Fn fn) {
      return fn.yamlTag() + " " + describe(fn.argument());
    }
    if (value instanceof List<?> list) {
      return list.stream()
          .map(TemplateValues::describe)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }
}

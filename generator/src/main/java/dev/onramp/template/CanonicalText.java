package dev.onramp.template;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One text per template value, so that equal meanings compare equal whatever the spelling: a {@code
 * Ref} or {@code GetAtt} reads as the {@code Fn::Sub} variable it equals ({@code !Ref ExternalId}
 * is {@code ${ExternalId}}, {@code !GetAtt B.Arn} is {@code ${B.Arn}}), a {@code Sub} as its text,
 * a {@code Join} of such values as the joined text, numbers and booleans as YAML prints them.
 * {@code ${!Literal}} escapes stay as written: unescaping them would make a literal look like a
 * variable.
 *
 * <p>Values no policy needs to compare (other functions, maps) get a deterministic YAML-like text
 * with sorted keys, so they still compare by content.
 */
public final class CanonicalText {
  private CanonicalText() {}

  public static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Fn.Ref ref) {
      return "${" + ref.name() + "}";
    }
    if (value instanceof Fn.Sub sub) {
      return sub.text();
    }
    if (value instanceof Fn.GetAtt getAtt) {
      return "${" + getAtt.resource() + "." + getAtt.attribute() + "}";
    }
    if (value instanceof Fn.Join join && join.values() instanceof List<?> parts) {
      return parts.stream().map(CanonicalText::of).collect(Collectors.joining(join.delimiter()));
    }
    if (value instanceof Fn.Split split && ",".equals(split.delimiter())) {
      return eachOf(split.source());
    }
    if (value instanceof Fn fn) {
      return fn.yamlTag() + " " + of(fn.argument());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalText::of).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((key, entry) -> sorted.put(String.valueOf(key), of(entry)));
      return sorted.entrySet().stream()
          .map(entry -> entry.getKey() + ": " + entry.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.toString();
  }

  /**
   * The text a list is split from, where a list parameter joined into it reads as the parameter:
   * {@code arn:*:s3:::${Buckets}/*} for the ARNs of every bucket listed in {@code Buckets}.
   */
  private static String eachOf(Object text) {
    if (text instanceof Fn.Join join && join.values() instanceof Fn.Ref ref) {
      return "${" + ref.name() + "}";
    }
    if (text instanceof Fn.Join join && join.values() instanceof List<?> parts) {
      return parts.stream()
          .map(CanonicalText::eachOf)
          .collect(Collectors.joining(join.delimiter()));
    }
    return of(text);
  }
}

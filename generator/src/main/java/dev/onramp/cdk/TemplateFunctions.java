package dev.onramp.cdk;

import dev.onramp.template.Fn;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Walks a template value for the functions in it, at any depth, {@code Fn::If} branches too. */
final class TemplateFunctions {
  private TemplateFunctions() {}

  static void each(Object value, Consumer<Fn> visitor) {
    if (value instanceof Fn fn) {
      visitor.accept(fn);
      each(fn.argument(), visitor);
    } else if (value instanceof List<?> list) {
      list.forEach(element -> each(element, visitor));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(element -> each(element, visitor));
    }
  }
}

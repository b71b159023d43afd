package dev.onramp.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rewrites a template value from the inside out: {@code rule} is asked about every value first, and
 * where it has no answer the maps, lists and functions are rebuilt around their rewritten parts.
 * The one walk over every function's arguments, for whoever changes names or texts throughout a
 * template (an import's renames, its partition-aware ARNs).
 */
public final class ValueRewrite {
  private final Function<Object, Optional<Object>> rule;

  private ValueRewrite(Function<Object, Optional<Object>> rule) {
    this.rule = rule;
  }

  /** {@code value} with every part {@code rule} answers for replaced by its answer. */
  public static Object of(Object value, Function<Object, Optional<Object>> rule) {
    return new ValueRewrite(rule).value(value);
  }

  private Object value(Object value) {
    Optional<Object> answer = rule.apply(value);
    if (answer.isPresent()) {
      return answer.get();
    }
    if (value instanceof Fn.If choice) {
      return new Fn.If(choice.condition(), value(choice.whenTrue()), value(choice.whenFalse()));
    }
    if (value instanceof Fn.Equals equals) {
      return new Fn.Equals(value(equals.left()), value(equals.right()));
    }
    if (value instanceof Fn.Or or) {
      return new Fn.Or(list(or.conditions()));
    }
    if (value instanceof Fn.And and) {
      return new Fn.And(list(and.conditions()));
    }
    if (value instanceof Fn.Not not) {
      return new Fn.Not(value(not.condition()));
    }
    if (value instanceof Fn.Join join) {
      return new Fn.Join(join.delimiter(), value(join.values()));
    }
    if (value instanceof Fn.Select select) {
      return new Fn.Select(select.index(), value(select.list()));
    }
    if (value instanceof Fn.Split split) {
      return new Fn.Split(split.delimiter(), value(split.source()));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((key, item) -> out.put(String.valueOf(key), value(item)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list(list);
    }
    // Ref, GetAtt, Sub and Condition name what the rule may rename; scalars stay.
    return value;
  }

  private List<Object> list(List<?> items) {
    List<Object> out = new ArrayList<>();
    items.forEach(item -> out.add(value(item)));
    return out;
  }
}

package dev.onramp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates a template value once the parameters are known: a parameter's {@code Ref} becomes its
 * value, {@code Fn::Sub} and {@code Fn::Join} shrink to text where every piece is known, a decided
 * {@code Fn::If} becomes its branch. What only the deployment knows (pseudo parameters, resources'
 * ids and attributes, conditions that depend on them) stays a function, with its arguments
 * evaluated. Functions outside the model ({@code Fn::Select}, {@code Fn::FindInMap}, …) are one-key
 * maps and keep their name, their arguments evaluated like any map's values.
 *
 * <p>A value that evaluates to {@code Ref AWS::NoValue} is removed from the map or list holding it,
 * as CloudFormation removes it.
 */
final class ValueEvaluator {
  static final Fn.Ref NO_VALUE = new Fn.Ref("AWS::NoValue");

  private final ParameterValues parameters;
  private final Function<String, Truth> conditions;

  /** {@code conditions} gives the truth of a named condition, for {@code Fn::If}. */
  ValueEvaluator(ParameterValues parameters, Function<String, Truth> conditions) {
    this.parameters = parameters;
    this.conditions = conditions;
  }

  Object evaluate(Object value) {
    if (value instanceof Map<?, ?> map) {
      return evaluateFields(map);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        Object evaluated = evaluate(item);
        if (!NO_VALUE.equals(evaluated)) {
          out.add(evaluated);
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Fn fn) {
      return function(fn);
    }
    return value;
  }

  /** A map's entries evaluated; those that evaluate to {@code AWS::NoValue} are left out. */
  Map<String, Object> evaluateFields(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach(
        (key, entry) -> {
          Object evaluated = evaluate(entry);
          if (!NO_VALUE.equals(evaluated)) {
            out.put((String) key, evaluated);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /** Whether {@code value} is plain data: no function left anywhere in it. */
  static boolean isKnown(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().allMatch(ValueEvaluator::isKnown);
    }
    if (value instanceof Map<?, ?> map) {
      return !isFunction(map) && map.values().stream().allMatch(ValueEvaluator::isKnown);
    }
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  /** A function outside the model, which the reader keeps as a one-key map in long form. */
  static boolean isFunction(Map<?, ?> map) {
    return map.size() == 1 && String.valueOf(map.keySet().iterator().next()).startsWith("Fn::");
  }

  /** A known scalar as CloudFormation compares and joins it: text. */
  static String text(Object scalar) {
    return String.valueOf(scalar);
  }

  private Object function(Fn fn) {
    if (fn instanceof Fn.Ref ref) {
      return parameters.valueOf(ref.name()).orElse(ref);
    }
    if (fn instanceof Fn.Sub sub) {
      return sub(sub.text());
    }
    if (fn instanceof Fn.If when) {
      Truth truth = conditions.apply(when.condition());
      if (truth instanceof Truth.Known known) {
        return evaluate(known.value() ? when.whenTrue() : when.whenFalse());
      }
      return new Fn.If(when.condition(), evaluate(when.whenTrue()), evaluate(when.whenFalse()));
    }
    if (fn instanceof Fn.Join join) {
      return join(join);
    }
    if (fn instanceof Fn.Select select) {
      Object list = evaluate(select.list());
      return list instanceof List<?> known && select.index() < known.size()
          ? known.get(select.index())
          : new Fn.Select(select.index(), list);
    }
    if (fn instanceof Fn.Split split) {
      // A text known at generate time splits as CloudFormation splits it: every piece, empty ones
      // included.
      Object source = evaluate(split.source());
      return source instanceof String text
          ? List.of(text.split(java.util.regex.Pattern.quote(split.delimiter()), -1))
          : new Fn.Split(split.delimiter(), source);
    }
    if (fn instanceof Fn.Equals equals) {
      return new Fn.Equals(evaluate(equals.left()), evaluate(equals.right()));
    }
    if (fn instanceof Fn.Not not) {
      return new Fn.Not(evaluate(not.condition()));
    }
    if (fn instanceof Fn.And and) {
      return new Fn.And(evaluateAll(and.conditions()));
    }
    if (fn instanceof Fn.Or or) {
      return new Fn.Or(evaluateAll(or.conditions()));
    }
    // GetAtt and ConditionRef name things the deployment decides.
    return fn;
  }

  private List<Object> evaluateAll(List<Object> values) {
    return values.stream().map(this::evaluate).toList();
  }

  /**
   * The Sub with each parameter variable replaced by its value. Without variables left it is plain
   * text, escapes resolved as CloudFormation resolves them; otherwise it stays a Sub, the values
   * inserted escaped so that a value holding {@code ${X}} is not read as a variable.
   */
  private Object sub(String text) {
    List<SubText.Part> parts = SubText.parse(text);
    boolean variablesLeft = false;
    StringBuilder written = new StringBuilder();
    StringBuilder rendered = new StringBuilder();
    for (SubText.Part part : parts) {
      if (part instanceof SubText.Variable variable && parameters.isParameter(variable.name())) {
        Object value = parameters.valueOf(variable.name()).orElseThrow();
        if (!(value instanceof String string)) {
          throw new IllegalArgumentException(
              "Fn::Sub cannot insert the list parameter " + variable.name() + " into: " + text);
        }
        written.append(SubText.escape(string));
        rendered.append(string);
      } else if (part instanceof SubText.Literal literal) {
        written.append(literal.raw());
        rendered.append(literal.text());
      } else {
        variablesLeft = true;
        written.append(part.raw());
      }
    }
    return variablesLeft ? new Fn.Sub(written.toString()) : rendered.toString();
  }

  private Object join(Fn.Join join) {
    Object values = evaluate(join.values());
    if (values instanceof List<?> list
        && list.stream()
            .allMatch(v -> v instanceof String || v instanceof Number || v instanceof Boolean)) {
      return list.stream().map(ValueEvaluator::text).collect(Collectors.joining(join.delimiter()));
    }
    return new Fn.Join(join.delimiter(), values);
  }
}

package dev.onramp.cdk;

import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Template conditions in Java. One that reads parameters only is a Java {@code boolean} computed
 * from the props ({@code props.getAccessLevel().equals("tag-write-back")}); one that reads a pseudo
 * parameter (the region, the partition) is decided at deployment and stays a CloudFormation
 * condition built with {@code Fn.conditionEquals} and friends, with the props' values put in where
 * the template refers to parameters.
 */
final class ConditionExpressions {
  private final Map<String, Object> conditions;

  ConditionExpressions(Map<String, Object> conditions) {
    this.conditions = conditions;
  }

  /** Whether the props alone decide {@code expression}: no pseudo parameter anywhere in it. */
  boolean decidedByProps(Object expression, Set<String> parameters) {
    if (expression instanceof Fn.Ref ref) {
      return parameters.contains(ref.name());
    }
    if (expression instanceof Fn.ConditionRef ref) {
      return decidedByProps(conditions.get(ref.name()), parameters);
    }
    if (expression instanceof Fn fn) {
      return decidedByProps(fn.argument(), parameters);
    }
    if (expression instanceof List<?> list) {
      return list.stream().allMatch(element -> decidedByProps(element, parameters));
    }
    if (expression instanceof Map<?, ?> map) {
      return map.values().stream().allMatch(value -> decidedByProps(value, parameters));
    }
    return true;
  }

  /** The names of the conditions {@code expression} refers to, directly. */
  static Set<String> referencedConditions(Object expression) {
    Set<String> names = new LinkedHashSet<>();
    TemplateFunctions.each(
        expression,
        fn -> {
          if (fn instanceof Fn.ConditionRef ref) {
            names.add(ref.name());
          } else if (fn instanceof Fn.If choice) {
            names.add(choice.condition());
          }
        });
    return names;
  }

  /** A Java boolean expression; {@code fields} names the conditions already computed. */
  Operand javaBoolean(Object expression, JavaExpressions values, Map<String, String> fields) {
    if (expression instanceof Fn.ConditionRef ref) {
      return new Operand(fields.get(ref.name()), false);
    }
    if (expression instanceof Fn.Not not) {
      Operand inner = javaBoolean(not.condition(), values, fields);
      return new Operand("!" + inner.grouped(), false);
    }
    if (expression instanceof Fn.And and) {
      return joined(and.conditions(), " && ", c -> javaBoolean(c, values, fields));
    }
    if (expression instanceof Fn.Or or) {
      return joined(or.conditions(), " || ", c -> javaBoolean(c, values, fields));
    }
    if (expression instanceof Fn.Equals equals) {
      return javaEquals(equals, values);
    }
    throw new IllegalArgumentException("not a condition: " + expression);
  }

  /**
   * {@code Fn::Equals} between a prop and text: a Boolean prop is itself (or its negation), an
   * empty string is {@code isEmpty()}, anything else {@code equals}, with the prop first.
   */
  private Operand javaEquals(Fn.Equals equals, JavaExpressions values) {
    Object left = equals.left();
    Object right = equals.right();
    if (left instanceof String && !(right instanceof String)) {
      Object swap = left;
      left = right;
      right = swap;
    }
    PropView prop =
        left instanceof Fn.Ref ref ? values.symbols().parameters().get(ref.name()) : null;
    if (prop != null
        && prop.isBoolean()
        && right instanceof String text
        && (text.equals("true") || text.equals("false"))) {
      return new Operand(text.equals("true") ? prop.read() : "!" + prop.read(), false);
    }
    JavaCode leftCode = comparable(left, values);
    if ("".equals(right)) {
      return new Operand(leftCode.text() + ".isEmpty()", false);
    }
    return new Operand(
        leftCode.text() + ".equals(" + comparable(right, values).text() + ")", false);
  }

  private static JavaCode comparable(Object value, JavaExpressions values) {
    JavaCode code = values.value(value);
    if (code.deployTime() || code.kind() != JavaCode.Kind.STRING) {
      throw new IllegalArgumentException("Fn::Equals compares text: " + value);
    }
    return code;
  }

  private static Operand joined(
      List<Object> operands, String operator, Function<Object, Operand> translate) {
    return new Operand(
        operands.stream()
            .map(translate)
            .map(Operand::grouped)
            .collect(Collectors.joining(operator)),
        true);
  }

  /**
   * A CDK condition expression for a condition decided at deployment; a reference to a condition
   * the props decide is replaced by that condition's own expression, since a CloudFormation
   * condition cannot hold a Java boolean.
   */
  String cdkExpression(
      Object expression, JavaExpressions values, Map<String, String> deployTimeFields) {
    if (expression instanceof Fn.ConditionRef ref) {
      String field = deployTimeFields.get(ref.name());
      return field != null
          ? field
          : cdkExpression(conditions.get(ref.name()), values, deployTimeFields);
    }
    if (expression instanceof Fn.Not not) {
      return "Fn.conditionNot(" + cdkExpression(not.condition(), values, deployTimeFields) + ")";
    }
    if (expression instanceof Fn.And and) {
      return cdkCall("Fn.conditionAnd", and.conditions(), values, deployTimeFields);
    }
    if (expression instanceof Fn.Or or) {
      return cdkCall("Fn.conditionOr", or.conditions(), values, deployTimeFields);
    }
    if (expression instanceof Fn.Equals equals) {
      return JavaCode.call(
          "Fn.conditionEquals",
          List.of(values.value(equals.left()).text(), values.value(equals.right()).text()));
    }
    throw new IllegalArgumentException("not a condition: " + expression);
  }

  private String cdkCall(
      String function,
      List<Object> operands,
      JavaExpressions values,
      Map<String, String> deployTimeFields) {
    List<String> arguments = new ArrayList<>();
    for (Object operand : operands) {
      arguments.add(cdkExpression(operand, values, deployTimeFields));
    }
    return JavaCode.call(function, arguments);
  }

  /** A Java boolean operand; {@code compound} ones are parenthesized inside another operator. */
  record Operand(String text, boolean compound) {
    String grouped() {
      return compound ? "(" + text + ")" : text;
    }
  }
}

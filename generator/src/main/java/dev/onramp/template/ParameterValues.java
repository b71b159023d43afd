package dev.onramp.template;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The value of every parameter of a template, as {@code Ref} returns it: a {@code String}, or a
 * {@code List<String>} for {@code CommaDelimitedList} and the {@code List<...>} types. A {@code
 * Number} is text too, because that is what CloudFormation substitutes for it.
 *
 * <p>Values are checked as CloudFormation checks them at stack creation: {@code AllowedValues},
 * {@code AllowedPattern} (matching the whole value, each item of a list), {@code MinLength} and
 * {@code MaxLength}; a failure says the parameter's {@code ConstraintDescription} when it has one,
 * like CloudFormation's own message. {@code MinValue} and {@code MaxValue} are not in the template
 * model and are not checked.
 */
final class ParameterValues {
  private final Map<String, Object> values;

  private ParameterValues(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * The values of {@code declared}: the given one, else the parameter's {@code Default}.
   *
   * @throws IllegalArgumentException for a value that is missing, of the wrong kind, breaks a
   *     constraint, or names a parameter the template does not declare
   */
  static ParameterValues resolve(
      Map<String, Template.Parameter> declared, Map<String, Object> given) {
    TreeSet<String> undeclared = new TreeSet<>(given.keySet());
    undeclared.removeAll(declared.keySet());
    if (!undeclared.isEmpty()) {
      throw new IllegalArgumentException(
          "Parameters " + undeclared + " do not exist in the template");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    declared.forEach(
        (name, parameter) -> {
          if (readAtDeployment(parameter)) {
            // CloudFormation reads it from Parameter Store while it deploys: its Ref stays.
            return;
          }
          Object raw = given.get(name);
          if (raw == null) {
            raw = parameter.defaultValue();
          }
          if (raw == null) {
            throw new IllegalArgumentException(
                "Parameter '" + name + "' has no value and no Default");
          }
          Object value = typed(name, parameter, raw);
          check(name, parameter, value);
          values.put(name, value);
        });
    return new ParameterValues(values);
  }

  /** Whether CloudFormation reads the parameter's value from Parameter Store while it deploys. */
  static boolean readAtDeployment(Template.Parameter parameter) {
    return parameter.type() != null && parameter.type().startsWith("AWS::SSM::Parameter::Value<");
  }

  boolean isParameter(String name) {
    return values.containsKey(name);
  }

  /**
   * The value of parameter {@code name}; empty for anything else (pseudo parameters, resources).
   */
  Optional<Object> valueOf(String name) {
    return Optional.ofNullable(values.get(name));
  }

  private static Object typed(String name, Template.Parameter parameter, Object raw) {
    String type = parameter.type() == null ? "String" : parameter.type();
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      return list(name, raw);
    }
    if (type.equals("Number")) {
      return number(name, raw);
    }
    if (raw instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException(
        "Parameter '" + name + "' is a " + type + ": give a String, not " + raw);
  }

  /** A list as given, or CloudFormation's split of the text at each comma (no trimming). */
  private static List<String> list(String name, Object raw) {
    if (raw instanceof String text) {
      return List.copyOf(Arrays.asList(text.split(",", -1)));
    }
    if (raw instanceof List<?> items) {
      List<String> out = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof String text)) {
          throw new IllegalArgumentException(
              "Parameter '" + name + "' is a list of text, but holds " + item);
        }
        out.add(text);
      }
      return List.copyOf(out);
    }
    throw new IllegalArgumentException(
        "Parameter '" + name + "' is a list: give a List<String> or a comma-delimited String");
  }

  private static String number(String name, Object raw) {
    if (raw instanceof Integer
        || raw instanceof Long
        || raw instanceof Short
        || raw instanceof Byte
        || raw instanceof BigInteger) {
      return raw.toString();
    }
    if (raw instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      if (Double.isFinite(value)) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      }
    }
    if (raw instanceof String text) {
      try {
        new BigDecimal(text.trim());
        return text;
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException("Parameter '" + name + "' must be a number, not " + raw);
  }

  private static void check(String name, Template.Parameter parameter, Object value) {
    List<String> items = value instanceof List<?> list ? castTexts(list) : List.of((String) value);
    boolean numeric = "Number".equals(parameter.type());
    for (String item : items) {
      if (!parameter.allowedValues().isEmpty()
          && parameter.allowedValues().stream()
              .noneMatch(allowed -> same(allowed, item, numeric))) {
        fail(name, parameter, "must be one of AllowedValues " + parameter.allowedValues());
      }
      if (parameter.allowedPattern() != null
          && !numeric
          && !pattern(name, parameter.allowedPattern()).matcher(item).matches()) {
        fail(name, parameter, "must match pattern " + parameter.allowedPattern());
      }
    }
    if (value instanceof String text && !numeric) {
      if (parameter.minLength() != null && text.length() < parameter.minLength()) {
        fail(name, parameter, "must contain at least " + parameter.minLength() + " characters");
      }
      if (parameter.maxLength() != null && text.length() > parameter.maxLength()) {
        fail(name, parameter, "must contain at most " + parameter.maxLength() + " characters");
      }
    }
  }

  /** An allowed value matches as text, and a number also by value ({@code 60} is {@code 60.0}). */
  private static boolean same(String allowed, String value, boolean numeric) {
    if (allowed.equals(value)) {
      return true;
    }
    if (!numeric) {
      return false;
    }
    try {
      return new BigDecimal(allowed.trim()).compareTo(new BigDecimal(value.trim())) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Pattern pattern(String name, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "Parameter '" + name + "' has an AllowedPattern that is not a regular expression", e);
    }
  }

  private static void fail(String name, Template.Parameter parameter, String constraint) {
    String description = parameter.constraintDescription();
    throw new IllegalArgumentException(
        description == null || description.isBlank()
            ? "Parameter '" + name + "' " + constraint
            : "Parameter '" + name + "' failed to satisfy constraint: " + description);
  }

  private static List<String> castTexts(List<?> list) {
    return list.stream().map(String.class::cast).toList();
  }
}

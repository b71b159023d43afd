package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The blueprint switch that says the same as a template condition, where one does: {@code !Equals
 * [!Ref P, v]} is {@code {parameter: P, equals: v}}; an {@code Fn::Or} of such tests on one
 * parameter is {@code in}; {@code Fn::Not} of them is {@code in} the parameter's other allowed
 * values; a {@code Condition} reference is the condition it names. Anything else (tests of two
 * parameters, of pseudo parameters, of a value against a value) has no switch form.
 */
final class SwitchMapping {
  private final Template template;

  SwitchMapping(Template template) {
    this.template = template;
  }

  /** The switch of condition {@code name}, or empty when it has none. */
  Optional<Switch> of(String name) {
    return expression(template.conditions().get(name), 0).flatMap(this::toSwitch);
  }

  /** The switch that is on exactly when condition {@code name} is false, or empty. */
  Optional<Switch> ofNegation(String name) {
    return expression(template.conditions().get(name), 0)
        .map(test -> new Test(test.parameter(), test.values(), !test.negated()))
        .flatMap(this::toSwitch);
  }

  /** Why {@code name} has no switch form, for the report. */
  String why(String name) {
    return "condition "
        + name
        + " ("
        + CanonicalText.of(template.conditions().get(name))
        + ") is not a test of one parameter's value, which is all a switch can say";
  }

  private Optional<Switch> toSwitch(Test test) {
    List<String> values = new ArrayList<>(test.values());
    if (test.negated()) {
      Template.Parameter parameter = template.parameters().get(test.parameter());
      if (parameter == null || parameter.allowedValues().isEmpty()) {
        return Optional.empty();
      }
      values = new ArrayList<>(parameter.allowedValues());
      values.removeAll(test.values());
      if (values.isEmpty()) {
        return Optional.empty();
      }
    }
    if (values.size() > 10) {
      return Optional.empty();
    }
    return Optional.of(
        values.size() == 1
            ? new Switch(test.parameter(), values.get(0), null)
            : new Switch(test.parameter(), null, values));
  }

  /** A test of one parameter: its value is (or, negated, is not) one of {@code values}. */
  private record Test(String parameter, Set<String> values, boolean negated) {}

  private Optional<Test> expression(Object condition, int depth) {
    if (condition == null || depth > 20) {
      return Optional.empty();
    }
    if (condition instanceof Fn.ConditionRef ref) {
      return expression(template.conditions().get(ref.name()), depth + 1);
    }
    if (condition instanceof Map<?, ?> map
        && map.size() == 1
        && map.get("Condition") instanceof String name) {
      return expression(template.conditions().get(name), depth + 1);
    }
    if (condition instanceof Fn.Equals equals) {
      return equalsTest(equals.left(), equals.right())
          .or(() -> equalsTest(equals.right(), equals.left()));
    }
    if (condition instanceof Fn.Not not) {
      return expression(not.condition(), depth + 1)
          .map(test -> new Test(test.parameter(), test.values(), !test.negated()));
    }
    if (condition instanceof Fn.Or or) {
      String parameter = null;
      Set<String> values = new LinkedHashSet<>();
      for (Object alternative : or.conditions()) {
        Optional<Test> test = expression(alternative, depth + 1);
        if (test.isEmpty()
            || test.get().negated()
            || (parameter != null && !parameter.equals(test.get().parameter()))) {
          return Optional.empty();
        }
        parameter = test.get().parameter();
        values.addAll(test.get().values());
      }
      return parameter == null ? Optional.empty() : Optional.of(new Test(parameter, values, false));
    }
    return Optional.empty();
  }

  private Optional<Test> equalsTest(Object reference, Object value) {
    if (reference instanceof Fn.Ref ref
        && template.parameters().containsKey(ref.name())
        && (value instanceof String || value instanceof Number || value instanceof Boolean)) {
      return Optional.of(new Test(ref.name(), Set.of(CanonicalText.of(value)), false));
    }
    return Optional.empty();
  }
}

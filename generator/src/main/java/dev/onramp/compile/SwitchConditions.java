package dev.onramp.compile;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template Conditions that switches need, one per distinct switch, named after the parameter
 * and values so the same switch on two policy sets shares one condition.
 */
final class SwitchConditions {
  private final Map<String, Object> conditions = new LinkedHashMap<>();

  /** The condition name for {@code when}, adding the condition the first time it is seen. */
  String conditionFor(Switch when) {
    List<String> values = when.values();
    String name = LogicalIds.switchCondition(when.parameter(), values);
    conditions.computeIfAbsent(name, unused -> body(when.parameter(), values));
    return name;
  }

  /** A condition that holds when {@code parameter} is not empty. */
  String hasValue(String parameter) {
    String name = LogicalIds.hasValue(parameter);
    conditions.computeIfAbsent(name, unused -> new Fn.Not(new Fn.Equals(Fn.ref(parameter), "")));
    return name;
  }

  /**
   * A condition that holds when the list {@code parameter} names at least one value. A
   * CommaDelimitedList cannot be compared with "" itself; joined, an empty list is "".
   */
  String listHasValues(String parameter) {
    String name = LogicalIds.hasValue(parameter);
    conditions.computeIfAbsent(
        name, unused -> new Fn.Not(new Fn.Equals(new Fn.Join("", Fn.ref(parameter)), "")));
    return name;
  }

  Map<String, Object> all() {
    return conditions;
  }

  private static Object body(String parameter, List<String> values) {
    if (values.size() == 1) {
      return new Fn.Equals(Fn.ref(parameter), values.get(0));
    }
    List<Object> alternatives = new ArrayList<>();
    for (String value : values) {
      alternatives.add(new Fn.Equals(Fn.ref(parameter), value));
    }
    return new Fn.Or(alternatives);
  }
}

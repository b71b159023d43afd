package dev.onramp.compile;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.conditional.SwitchCondition;
import dev.onramp.template.Fn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template Conditions the roles need, one per distinct switch (named by {@link
 * SwitchCondition}, so the same switch on two policy sets, or on a role and the cost report, shares
 * one condition), and the tests for an empty boundary or region list.
 */
final class SwitchConditions {
  private final Map<String, Object> conditions = new LinkedHashMap<>();

  /** The condition name for {@code when}, adding the condition the first time it is seen. */
  String conditionFor(Switch when) {
    String name = SwitchCondition.name(when);
    conditions.computeIfAbsent(name, unused -> SwitchCondition.expression(when));
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
}

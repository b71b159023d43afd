package dev.onramp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Rules section once the parameters are known, checked as CloudFormation checks it when the
 * stack is created: a rule whose {@code RuleCondition} is false does not apply; an assertion that
 * holds is done with; one that fails where the rule applies stops the stack, here with an {@link
 * IllegalArgumentException} carrying its {@code AssertDescription}. What depends on the deployment
 * (the region, say) is kept for CloudFormation to check, parameters substituted and decided parts
 * folded away; a rule with nothing left to check is dropped.
 */
final class Rules {
  private Rules() {}

  static Map<String, Object> check(
      Map<String, Object> rules, ConditionLogic logic, ValueEvaluator values) {
    Map<String, Object> kept = new LinkedHashMap<>();
    rules.forEach(
        (name, body) -> rule(name, body, logic, values).ifPresent(rule -> kept.put(name, rule)));
    return kept;
  }

  private static Optional<Map<String, Object>> rule(
      String name, Object body, ConditionLogic logic, ValueEvaluator values) {
    if (!(body instanceof Map<?, ?> fields)) {
      throw new IllegalArgumentException("rule " + name + " must be a map, not " + body);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    boolean applies = true;
    if (fields.get("RuleCondition") != null) {
      Truth condition = logic.truth(fields.get("RuleCondition"));
      if (condition instanceof Truth.Known known) {
        if (!known.value()) {
          return Optional.empty();
        }
      } else {
        out.put("RuleCondition", ((Truth.Unknown) condition).residual());
        applies = false;
      }
    }
    List<Object> assertions = new ArrayList<>();
    if (!(fields.get("Assertions") instanceof List<?> list)) {
      throw new IllegalArgumentException("rule " + name + " has no list of Assertions");
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> assertion)) {
        throw new IllegalArgumentException("rule " + name + " has an assertion that is no map");
      }
      Object expression = assertion.get("Assert");
      Truth truth = logic.truth(expression);
      if (truth instanceof Truth.Unknown unknown) {
        assertions.add(withAssert(assertion, unknown.residual()));
      } else if (!((Truth.Known) truth).value()) {
        if (applies) {
          throw new IllegalArgumentException(failure(name, assertion));
        }
        // Fails only where CloudFormation finds the RuleCondition true: left for it to check, in
        // a form without boolean literals, which a template cannot hold.
        assertions.add(withAssert(assertion, values.evaluate(expression)));
      }
    }
    if (assertions.isEmpty()) {
      return Optional.empty();
    }
    out.put("Assertions", List.copyOf(assertions));
    return Optional.of(Collections.unmodifiableMap(out));
  }

  private static Map<String, Object> withAssert(Map<?, ?> assertion, Object expression) {
    Map<String, Object> out = new LinkedHashMap<>();
    assertion.forEach((key, value) -> out.put((String) key, value));
    out.put("Assert", expression);
    return Collections.unmodifiableMap(out);
  }

  private static String failure(String name, Map<?, ?> assertion) {
    Object description = assertion.get("AssertDescription");
    return "Rule "
        + name
        + " failed: "
        + (description == null ? "its assertion does not hold" : description);
  }
}

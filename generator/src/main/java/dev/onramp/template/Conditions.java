package dev.onramp.template;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The template's named conditions, each decided as far as the parameters allow. A condition may
 * refer to another by {@code Condition}, in any order; a cycle is an error, as in CloudFormation.
 */
final class Conditions {
  private final Map<String, Truth> truths;

  private Conditions(Map<String, Truth> truths) {
    this.truths = truths;
  }

  static Conditions decide(Map<String, Object> definitions, ParameterValues parameters) {
    Resolution resolution = new Resolution(definitions, parameters);
    definitions.keySet().forEach(resolution::truthOf);
    // In definition order, so the kept conditions keep the template's order.
    Map<String, Truth> ordered = new LinkedHashMap<>();
    definitions.keySet().forEach(name -> ordered.put(name, resolution.done.get(name)));
    return new Conditions(Collections.unmodifiableMap(ordered));
  }

  /** The truth of condition {@code name}; an undefined name is an error in the template. */
  Truth truthOf(String name) {
    Truth truth = truths.get(name);
    if (truth == null) {
      throw new IllegalArgumentException("the template has no condition named " + name);
    }
    return truth;
  }

  /** The conditions CloudFormation still has to decide, by name, with what is left of each. */
  Map<String, Object> undecided() {
    Map<String, Object> out = new LinkedHashMap<>();
    truths.forEach(
        (name, truth) -> {
          if (truth instanceof Truth.Unknown unknown) {
            out.put(name, unknown.residual());
          }
        });
    return out;
  }

  /** Decides conditions on demand, each once, following references between them. */
  private static final class Resolution {
    private final Map<String, Object> definitions;
    private final ConditionLogic logic;
    private final Map<String, Truth> done = new LinkedHashMap<>();
    private final Set<String> underway = new HashSet<>();

    Resolution(Map<String, Object> definitions, ParameterValues parameters) {
      this.definitions = definitions;
      // Fn::If has no place inside a condition; should one appear, it is decided like the rest.
      this.logic = new ConditionLogic(new ValueEvaluator(parameters, this::truthOf), this::truthOf);
    }

    Truth truthOf(String name) {
      Truth truth = done.get(name);
      if (truth != null) {
        return truth;
      }
      if (!definitions.containsKey(name)) {
        throw new IllegalArgumentException("the template has no condition named " + name);
      }
      if (!underway.add(name)) {
        throw new IllegalArgumentException("condition " + name + " refers to itself");
      }
      truth = logic.truth(definitions.get(name));
      underway.remove(name);
      done.put(name, truth);
      return truth;
    }
  }
}

package dev.onramp.compile.conditional;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A switched section: everything a section adds between {@link #open} and {@link #close} (its
 * resources, outputs and rules) exists only when the switch is on. A resource or output that had a
 * condition of its own gets the {@link Conjunction} of both; a rule's assertions hold whenever the
 * switch is off, so they are not made of a stack that does not use the section. Parameters stay:
 * CloudFormation has no conditional parameters.
 */
public final class SwitchedScope {
  private static final String ASSERTIONS = "Assertions";
  private static final String ASSERT = "Assert";

  private final TemplateBuilder template;
  private final Switch when;
  private final Set<String> resourcesBefore;
  private final Set<String> outputsBefore;
  private final Set<String> rulesBefore;

  private SwitchedScope(TemplateBuilder template, Switch when) {
    this.template = template;
    this.when = when;
    this.resourcesBefore = Set.copyOf(template.resources().keySet());
    this.outputsBefore = Set.copyOf(template.outputs().keySet());
    this.rulesBefore = Set.copyOf(template.rules().keySet());
  }

  /** A scope over what is added from now on; with a null switch, closing it changes nothing. */
  public static SwitchedScope open(TemplateBuilder template, Switch when) {
    return new SwitchedScope(template, when);
  }

  /** Puts what was added since {@link #open} under the switch. */
  public void close() {
    if (when == null) {
      return;
    }
    String condition = SwitchCondition.add(template, when);
    for (Map.Entry<String, Template.Resource> entry :
        new LinkedHashMap<>(template.resources()).entrySet()) {
      if (!resourcesBefore.contains(entry.getKey())) {
        Template.Resource resource = entry.getValue();
        template.resource(
            entry.getKey(),
            resource.withCondition(Conjunction.of(template, condition, resource.condition())),
            null);
      }
    }
    for (Map.Entry<String, Template.Output> entry :
        new LinkedHashMap<>(template.outputs()).entrySet()) {
      if (!outputsBefore.contains(entry.getKey())) {
        template.output(entry.getKey(), underCondition(template, entry.getValue(), condition));
      }
    }
    for (Map.Entry<String, Object> entry : new LinkedHashMap<>(template.rules()).entrySet()) {
      if (!rulesBefore.contains(entry.getKey()) && entry.getValue() instanceof Map<?, ?> rule) {
        template.rule(entry.getKey(), underSwitch(rule));
      }
    }
  }

  /** {@code output} shown only when {@code condition} (and its own condition) holds. */
  static Template.Output underCondition(
      TemplateBuilder template, Template.Output output, String condition) {
    return new Template.Output(
        output.description(),
        output.value(),
        Conjunction.of(template, condition, output.condition()),
        output.exportName());
  }

  /**
   * {@code rule} asserted only where the switch is on: each assertion holds when the switch is off
   * or the assertion does. A {@code RuleCondition} would say the same, but the CDK construct has no
   * equivalent of one, while it expresses this form.
   */
  private Map<String, Object> underSwitch(Map<?, ?> rule) {
    Object off = new Fn.Not(SwitchCondition.expression(when));
    Map<String, Object> switched = new LinkedHashMap<>();
    rule.forEach(
        (key, value) -> {
          if (ASSERTIONS.equals(key) && value instanceof List<?> assertions) {
            List<Object> guarded = new ArrayList<>();
            for (Object assertion : assertions) {
              guarded.add(assertion instanceof Map<?, ?> parts ? guarded(parts, off) : assertion);
            }
            switched.put(ASSERTIONS, guarded);
          } else {
            switched.put(String.valueOf(key), value);
          }
        });
    return switched;
  }

  private static Map<String, Object> guarded(Map<?, ?> assertion, Object off) {
    Map<String, Object> guarded = new LinkedHashMap<>();
    assertion.forEach(
        (key, value) ->
            guarded.put(
                String.valueOf(key), ASSERT.equals(key) ? new Fn.Or(List.of(off, value)) : value));
    return guarded;
  }
}

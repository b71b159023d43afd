package dev.onramp.compile.conditional;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.ValueRewrite;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A blueprint's named switches ({@code conditions:}) name every condition that tests the same: a
 * switch condition a section generated under its own name ({@code AccessLevelIsFull}) takes the
 * named one's ({@code WantsFull}) wherever the template names it, and is not written twice. So a
 * template imported with its condition names keeps them, in the sections' parts too. A blueprint
 * without named switches compiles as before.
 */
public final class NamedSwitches {
  private NamedSwitches() {}

  /** {@code template} with its generated switch conditions named as {@code named} names them. */
  public static Template unify(Template template, Map<String, Switch> named) {
    if (named.isEmpty()) {
      return template;
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    named.forEach(
        (name, when) -> {
          String generated = SwitchCondition.name(when);
          if (!generated.equals(name)
              && template.conditions().containsKey(generated)
              && template.conditions().get(generated).equals(SwitchCondition.expression(when))
              && !renamed.containsKey(generated)) {
            renamed.put(generated, name);
          }
        });
    if (renamed.isEmpty()) {
      return template;
    }
    Map<String, Object> conditions = new LinkedHashMap<>(template.conditions());
    renamed.keySet().forEach(conditions::remove);
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              String condition =
                  resource.condition() == null
                      ? null
                      : renamed.getOrDefault(resource.condition(), resource.condition());
              @SuppressWarnings("unchecked")
              Map<String, Object> properties =
                  (Map<String, Object>) rename(resource.properties(), renamed);
              resources.put(id, resource.withProperties(properties).withCondition(condition));
            });
    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    template
        .outputs()
        .forEach(
            (name, output) ->
                outputs.put(
                    name,
                    new Template.Output(
                        output.description(),
                        rename(output.value(), renamed),
                        output.condition() == null
                            ? null
                            : renamed.getOrDefault(output.condition(), output.condition()),
                        output.exportName())));
    Map<String, Object> renamedConditions = new LinkedHashMap<>();
    conditions.forEach(
        (name, expression) -> renamedConditions.put(name, rename(expression, renamed)));
    return new Template(
        template.description(),
        template.metadata(),
        template.parameters(),
        template.rules(),
        renamedConditions,
        resources,
        outputs,
        template.mappings());
  }

  private static Object rename(Object value, Map<String, String> renamed) {
    return ValueRewrite.of(
        value,
        part -> {
          if (part instanceof Fn.If choice && renamed.containsKey(choice.condition())) {
            return Optional.of(
                Fn.ifThen(
                    renamed.get(choice.condition()),
                    rename(choice.whenTrue(), renamed),
                    rename(choice.whenFalse(), renamed)));
          }
          if (part instanceof Fn.ConditionRef ref && renamed.containsKey(ref.name())) {
            return Optional.of(new Fn.ConditionRef(renamed.get(ref.name())));
          }
          return Optional.empty();
        });
  }
}

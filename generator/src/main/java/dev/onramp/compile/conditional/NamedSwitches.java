package dev.onramp.compile.conditional;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateRenames;
import java.util.LinkedHashMap;
import java.util.Map;

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
    return TemplateRenames.conditions(template, renamed);
  }
}

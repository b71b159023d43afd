package dev.onramp.compile.section;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The template Condition a {@link Switch} becomes, for sections outside {@code compile} that switch
 * what they create: named after the parameter and values ({@code ForwardEventsIsTrue}), like the
 * roles' switch conditions, so the same switch on a role and on another section shares one
 * condition.
 */
public record SwitchCondition(String name, Object expression) {

  public static SwitchCondition of(Switch when) {
    List<String> values = when.values();
    StringBuilder name =
        new StringBuilder(when.parameter()).append(values.size() == 1 ? "Is" : "In");
    List<Object> alternatives = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        name.append("Or");
      }
      name.append(pascal(values.get(i).toLowerCase(Locale.ROOT)));
      alternatives.add(new Fn.Equals(Fn.ref(when.parameter()), values.get(i)));
    }
    Object expression = alternatives.size() == 1 ? alternatives.get(0) : new Fn.Or(alternatives);
    return new SwitchCondition(name.toString(), expression);
  }

  /** Adds the condition to {@code template} unless an earlier section did; returns its name. */
  public String addTo(TemplateBuilder template) {
    if (!template.conditions().containsKey(name)) {
      template.condition(name, expression);
    }
    return name;
  }

  private static String pascal(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    String id = out.toString();
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "V" + id : id;
  }
}

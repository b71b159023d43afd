package dev.onramp.compile.conditional;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The template Condition of one {@link Switch}: named after the parameter and its values ({@code
 * AccessLevelIsTagWriteBack}, {@code EnableCurIsYes}), so the same switch on a policy set, a role
 * and the cost report shares one condition, whichever section writes it first.
 */
public final class SwitchCondition {
  private SwitchCondition() {}

  /**
   * Adds the condition of {@code when} to the template (again, harmlessly) and returns its name.
   */
  public static String add(TemplateBuilder template, Switch when) {
    String name = name(when);
    template.condition(name, expression(when));
    return name;
  }

  /** {@code EnableCurIsYes}, {@code AccessLevelInResourcesAndTagsOrTagWriteBack}. */
  public static String name(Switch when) {
    List<String> values = when.values();
    StringBuilder id = new StringBuilder(when.parameter()).append(values.size() == 1 ? "Is" : "In");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        id.append("Or");
      }
      id.append(pascal(values.get(i).toLowerCase(Locale.ROOT)));
    }
    return id.toString();
  }

  /**
   * The condition's expression: {@code Fn::Equals} for one value, {@code Fn::Or} of them for
   * several. Rules may use it too (their {@code RuleCondition} cannot name a template condition).
   */
  public static Object expression(Switch when) {
    List<String> values = when.values();
    if (values.size() == 1) {
      return new Fn.Equals(Fn.ref(when.parameter()), values.get(0));
    }
    List<Object> alternatives = new ArrayList<>();
    for (String value : values) {
      alternatives.add(new Fn.Equals(Fn.ref(when.parameter()), value));
    }
    return new Fn.Or(alternatives);
  }

  /**
   * {@code tag-write-back} → {@code TagWriteBack}, as logical ids are made of names (policy ids
   * too, through {@code LogicalIds}).
   */
  public static String pascal(String text) {
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

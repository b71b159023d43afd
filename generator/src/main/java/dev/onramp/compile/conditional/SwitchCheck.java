package dev.onramp.compile.conditional;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.Map;

/**
 * Checks one {@code when}, wherever it is written: its parameter is declared and can be compared
 * with a value (not a list), it names its values in exactly one way, and each value is one the
 * parameter allows. Any two-valued parameter is a switch: {@code true}/{@code false}, {@code
 * Yes}/{@code No}, {@code enabled}/{@code disabled}.
 */
public final class SwitchCheck {
  private SwitchCheck() {}

  /** Reports what is wrong with {@code when}, written at {@code path}; null is no switch. */
  public static void check(SectionContext context, Switch when, String path) {
    if (when == null) {
      return;
    }
    Map<String, ParameterSpec> parameters = context.declaredParameters();
    ParameterSpec parameter = parameters.get(when.parameter());
    if (parameter == null) {
      context.error(
          DiagnosticCode.UNDEFINED_PARAMETER,
          path + ".parameter",
          "switch parameter '" + when.parameter() + "' is not declared",
          DidYouMean.closest(when.parameter(), parameters.keySet())
              .map(known -> "did you mean '" + known + "'?")
              .orElse(
                  "declare it under 'parameters', such as a Boolean, a Yes/No choice or an"
                      + " access-level enum"));
      return;
    }
    if (parameter.type() == ParameterSpec.Type.COMMA_DELIMITED_LIST) {
      context.error(
          DiagnosticCode.INVALID_SWITCH,
          path + ".parameter",
          "switch parameter '"
              + parameter.name()
              + "' is a list, which CloudFormation cannot compare with a value",
          "switch on a String parameter with allowedValues, such as [\"Yes\", \"No\"]");
      return;
    }
    if ((when.equals() == null) == when.in().isEmpty()) {
      context.error(
          DiagnosticCode.INVALID_SWITCH,
          path,
          "a switch needs exactly one of 'equals' and 'in'",
          "write 'equals: \"true\"' or 'in: [value, …]'");
      return;
    }
    if (when.values().size() > 10) {
      context.error(
          DiagnosticCode.INVALID_SWITCH,
          path + ".in",
          "a switch can name at most 10 values (Fn::Or's limit)",
          "use fewer values");
    }
    for (String value : when.values()) {
      if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(value)) {
        context.error(
            DiagnosticCode.INVALID_SWITCH,
            path + (when.equals() != null ? ".equals" : ".in"),
            "'" + value + "' is not an allowed value of parameter '" + parameter.name() + "'",
            DidYouMean.hint(value, parameter.allowedValues()));
      }
    }
  }
}

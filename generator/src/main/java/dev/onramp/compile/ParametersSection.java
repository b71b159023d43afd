package dev.onramp.compile;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blueprint's own {@code parameters} and its {@code outputs}: the stack's inputs and what it
 * shows when done. Its outputs come before those other sections add.
 */
final class ParametersSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    checkParameters(context);
    StackOutputs.check(context);
  }

  @Override
  public void declareParameters(SectionContext context, TemplateBuilder template) {
    context
        .blueprint()
        .parameters()
        .forEach(parameter -> template.parameter(parameter.name(), parameter));
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    StackOutputs.compile(context, template);
  }

  private static void checkParameters(SectionContext context) {
    Blueprint blueprint = context.blueprint();
    String externalId = blueprint.externalId().parameter();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < blueprint.parameters().size(); i++) {
      ParameterSpec parameter = blueprint.parameters().get(i);
      String path = "parameters[" + i + "]";
      boolean isExternalId = parameter.name().equals(externalId);
      if (isExternalId || !seen.add(parameter.name())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "parameter '"
                + parameter.name()
                + "' is declared twice"
                + (isExternalId ? " (it is the ExternalId parameter)" : ""),
            "give each parameter its own name");
        continue;
      }
      String defaultValue = parameter.defaultValue();
      if (defaultValue != null
          && !parameter.allowedValues().isEmpty()
          && !parameter.allowedValues().contains(defaultValue)) {
        context.error(
            DiagnosticCode.INVALID_PARAMETER,
            path + ".default",
            "default '" + defaultValue + "' is not one of the allowed values",
            DidYouMean.hint(defaultValue, parameter.allowedValues()));
      }
      if (parameter.type() == ParameterSpec.Type.BOOLEAN
          && !parameter.allowedValues().equals(List.of("true", "false"))) {
        context.error(
            DiagnosticCode.INVALID_PARAMETER,
            path + ".allowedValues",
            "a Boolean parameter's values are always true and false",
            "remove allowedValues, or make the parameter a String");
      }
      new SsmParameterChecks(context).check(parameter, path);
      if (parameter.noEcho() && defaultValue != null) {
        context.error(
            DiagnosticCode.INVALID_PARAMETER,
            path + ".default",
            "a NoEcho parameter has a default, which the template would show in plain text",
            "remove the default of a secret parameter");
      }
    }
  }
}

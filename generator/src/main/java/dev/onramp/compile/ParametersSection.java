package dev.onramp.compile;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
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
    checkOutputs(context);
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
    for (OutputSpec output : context.blueprint().outputs()) {
      Object value;
      if (output.parameter() != null) {
        value = Fn.ref(output.parameter());
      } else if (output.attribute() == OutputSpec.Attribute.NAME) {
        value = Fn.ref(output.role());
      } else {
        value = Fn.getAtt(output.role(), output.attribute().label());
      }
      template.output(output.name(), new Template.Output(output.description(), value, null, null));
    }
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

  private static void checkOutputs(SectionContext context) {
    Blueprint blueprint = context.blueprint();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < blueprint.outputs().size(); i++) {
      OutputSpec output = blueprint.outputs().get(i);
      String path = "outputs[" + i + "]";
      if (!names.add(output.name())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "output '" + output.name() + "' is declared twice",
            "give each output its own name");
      }
      if ((output.role() == null) == (output.parameter() == null)) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            path,
            "an output needs exactly one of 'role' and 'parameter'",
            "add 'role: <role id>' to output a role's ARN");
        continue;
      }
      if (output.role() != null && !context.roleIds().contains(output.role())) {
        context.error(
            DiagnosticCode.UNDEFINED_REFERENCE,
            path + ".role",
            "output refers to role '" + output.role() + "', which the blueprint does not create",
            DidYouMean.hint(output.role(), context.roleIds()));
      }
      if (output.parameter() != null) {
        checkOutputParameter(context, output, path);
      }
    }
  }

  private static void checkOutputParameter(SectionContext context, OutputSpec output, String path) {
    ParameterSpec parameter = context.declaredParameters().get(output.parameter());
    boolean isExternalId = output.parameter().equals(context.blueprint().externalId().parameter());
    if (parameter == null && !isExternalId) {
      context.error(
          DiagnosticCode.UNDEFINED_PARAMETER,
          path + ".parameter",
          "output refers to parameter '" + output.parameter() + "', which is not declared",
          DidYouMean.hint(output.parameter(), context.declaredParameters().keySet()));
    } else if (parameter != null && parameter.noEcho()) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          path + ".parameter",
          "output would show NoEcho parameter '" + output.parameter() + "' in plain text",
          "do not output secret parameters");
    }
  }
}

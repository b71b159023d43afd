package dev.onramp.compile;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.conditional.SwitchCondition;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blueprint's {@code outputs}: a role's attribute, a parameter's value (never a NoEcho one) or
 * a constant, each optionally exported under a name other stacks import, and optionally switched.
 * An output of a switched role is switched with it later, when the roles exist ({@link
 * dev.onramp.compile.conditional.SwitchedReferences}).
 */
final class StackOutputs {
  /** What an export name may substitute: names that keep it unique per stack, region, account. */
  private static final List<String> EXPORT_VARIABLES =
      List.of("AWS::StackName", "AWS::Region", "AWS::AccountId");

  private StackOutputs() {}

  static void compile(SectionContext context, TemplateBuilder template) {
    for (OutputSpec output : context.blueprint().outputs()) {
      Object value;
      if (output.value() != null) {
        value = output.value();
      } else if (output.parameter() != null) {
        value = Fn.ref(output.parameter());
      } else if (output.attribute() == OutputSpec.Attribute.NAME) {
        value = Fn.ref(output.role());
      } else {
        value = Fn.getAtt(output.role(), output.attribute().label());
      }
      String condition =
          output.when() == null ? null : SwitchCondition.add(template, output.when());
      Object export =
          output.export() == null
              ? null
              : output.export().contains("${") ? Fn.sub(output.export()) : output.export();
      template.output(
          output.name(), new Template.Output(output.description(), value, condition, export));
    }
  }

  static void check(SectionContext context) {
    Blueprint blueprint = context.blueprint();
    Set<String> names = new HashSet<>();
    Set<String> exports = new HashSet<>();
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
      SwitchCheck.check(context, output.when(), path + ".when");
      if (output.export() != null) {
        checkExport(context, output.export(), exports, path + ".export");
      }
      int sources =
          (output.role() == null ? 0 : 1)
              + (output.parameter() == null ? 0 : 1)
              + (output.value() == null ? 0 : 1);
      if (sources != 1) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            path,
            "an output needs exactly one of 'role', 'parameter' and 'value'",
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
        checkParameter(context, output, path);
      }
    }
  }

  /**
   * An export name is unique in an account and region: two exports of one stack may not share it,
   * and it may substitute only what CloudFormation knows before the stack exists.
   */
  private static void checkExport(
      SectionContext context, String export, Set<String> exports, String path) {
    if (!exports.add(export)) {
      context.error(
          DiagnosticCode.INVALID_EXPORT,
          path,
          "export name '" + export + "' is used by two outputs; CloudFormation refuses the stack",
          "give each exported output its own name, such as ${AWS::StackName}-RoleArn");
    }
    for (SubText.Part part : SubText.parse(export)) {
      if (part instanceof SubText.Variable variable
          && !EXPORT_VARIABLES.contains(variable.name())) {
        context.error(
            DiagnosticCode.INVALID_EXPORT,
            path,
            "export name '"
                + export
                + "' substitutes ${"
                + variable.name()
                + "}; an export name may substitute only "
                + String.join(", ", EXPORT_VARIABLES),
            "use ${AWS::StackName} to keep the name unique per stack");
      }
    }
  }

  private static void checkParameter(SectionContext context, OutputSpec output, String path) {
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

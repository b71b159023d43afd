package dev.onramp.compile;

import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.regex.Pattern;

/**
 * Checks a parameter of a Systems Manager type. The customer (or the link) gives the name of a
 * Parameter Store parameter, and CloudFormation reads its value while it deploys: so the default is
 * a parameter name, constraints on the value cannot be written (they would be checked against the
 * name), and a secret has no place there (these types cannot read SecureString parameters, and the
 * name is no secret).
 */
final class SsmParameterChecks {
  /** A Parameter Store name: letters, digits and _ . - /, up to 2048 characters. */
  private static final Pattern SSM_NAME = Pattern.compile("[A-Za-z0-9_./-]{1,2048}");

  private final SectionContext context;

  SsmParameterChecks(SectionContext context) {
    this.context = context;
  }

  void check(ParameterSpec parameter, String path) {
    ParameterSpec.Type type = parameter.type();
    if (!type.fromSsm() && type != ParameterSpec.Type.SSM_NAME) {
      return;
    }
    refuse(!parameter.allowedValues().isEmpty(), path + ".allowedValues", "allowedValues", type);
    refuse(parameter.allowedPattern() != null, path + ".allowedPattern", "allowedPattern", type);
    refuse(parameter.minLength() != null, path + ".minLength", "minLength", type);
    refuse(parameter.maxLength() != null, path + ".maxLength", "maxLength", type);
    if (parameter.noEcho()) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".noEcho",
          "a parameter of type "
              + type.label()
              + " holds a Parameter Store name, which is no secret,"
              + " and these types cannot read a SecureString value",
          "remove noEcho; for a secret use a String parameter with noEcho, or a dynamic"
              + " reference ({{resolve:ssm-secure:…}}) in the resource that needs it");
    }
    String defaultValue = parameter.defaultValue();
    if (defaultValue != null && !SSM_NAME.matcher(defaultValue).matches()) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".default",
          "the default of a parameter of type "
              + type.label()
              + " is the name of a Parameter Store"
              + " parameter, and '"
              + defaultValue
              + "' is not one",
          "write a parameter name such as /acme/team (letters, digits and _ . - /)");
    }
  }

  private void refuse(boolean present, String path, String key, ParameterSpec.Type type) {
    if (present) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path,
          key
              + " is not allowed on a parameter of type "
              + type.label()
              + ": the customer gives the name"
              + " of a Parameter Store parameter, and CloudFormation would check the name, not"
              + " the value it reads",
          "remove " + key + ", or make the parameter a String");
    }
  }
}

package dev.onramp.compile;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.TagValue;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.Set;

/**
 * Checks one value of a role's {@code tags}: a constant IAM accepts, or a declared parameter whose
 * value is one string. A NoEcho parameter is refused: anyone who may list the role's tags would
 * read the secret.
 */
final class TagValueChecks {
  static final int MAX_VALUE = 256;
  private static final Set<ParameterSpec.Type> ONE_STRING =
      Set.of(ParameterSpec.Type.STRING, ParameterSpec.Type.SSM_STRING, ParameterSpec.Type.SSM_NAME);

  private final SectionContext context;

  TagValueChecks(SectionContext context) {
    this.context = context;
  }

  void check(TagValue tag, String path) {
    if ((tag.value() == null) == (tag.parameter() == null)) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          path,
          "a tag value needs exactly one of 'value' and 'parameter'",
          "write the value as a string, or {parameter: Name}");
      return;
    }
    if (tag.value() != null) {
      if (tag.value().length() > MAX_VALUE) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            path,
            "tag value is longer than " + MAX_VALUE + " characters",
            "shorten the value");
      }
      return;
    }
    ParameterSpec parameter = context.declaredParameters().get(tag.parameter());
    if (parameter == null) {
      context.error(
          DiagnosticCode.UNDEFINED_PARAMETER,
          path + ".parameter",
          "tag parameter '" + tag.parameter() + "' is not declared",
          DidYouMean.closest(tag.parameter(), context.declaredParameters().keySet())
              .map(known -> "did you mean '" + known + "'?")
              .orElse("declare it under 'parameters' as a String"));
      return;
    }
    if (!ONE_STRING.contains(parameter.type())) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".parameter",
          "parameter '"
              + parameter.name()
              + "' is of type "
              + parameter.type().label()
              + ", but a tag value is one string",
          "use a String or AWS::SSM::Parameter::Value<String> parameter");
    } else if (parameter.noEcho()) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".parameter",
          "parameter '"
              + parameter.name()
              + "' is NoEcho, and a tag shows its value to anyone who may list the role's tags",
          "tag the role with a parameter that is not a secret");
    }
  }
}

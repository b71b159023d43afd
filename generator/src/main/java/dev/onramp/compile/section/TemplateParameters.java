package dev.onramp.compile.section;

import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template's Parameters section, rendered from the declared parameters in their order. */
final class TemplateParameters {
  private TemplateParameters() {}

  /** Each parameter in order; a null spec is the ExternalId parameter of {@code externalId}. */
  static Map<String, Template.Parameter> of(
      ExternalIdSpec externalId, Map<String, ParameterSpec> parameters) {
    Map<String, Template.Parameter> out = new LinkedHashMap<>();
    parameters.forEach(
        (name, spec) ->
            out.put(name, spec == null ? externalIdParameter(externalId) : parameter(spec)));
    return out;
  }

  private static Template.Parameter parameter(ParameterSpec spec) {
    return new Template.Parameter(
        spec.type().cloudFormationType(),
        spec.description(),
        spec.defaultValue(),
        spec.allowedValues(),
        spec.allowedPattern(),
        spec.constraintDescription(),
        spec.noEcho(),
        spec.minLength(),
        spec.maxLength());
  }

  private static Template.Parameter externalIdParameter(ExternalIdSpec externalId) {
    return new Template.Parameter(
        "String",
        externalId.description(),
        null,
        List.of(),
        ExternalIdSpec.ALLOWED_PATTERN,
        "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _",
        false,
        2,
        1224);
  }
}

package dev.onramp.compile.callback;

import dev.onramp.blueprint.model.CallbackProperty;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The callback's properties in the vendor's own schema ({@code notify.properties}), in the order
 * the blueprint lists them: constants as they are, parameters and roles as references, outputs as
 * the outputs' values.
 */
final class VendorProperties {
  /** The standard properties: those the callback sends when {@code standardProperties} is on. */
  static final List<String> STANDARD =
      java.util.stream.Stream.concat(
              CallbackCompiler.STANDARD_PROPERTIES.stream(),
              java.util.stream.Stream.of(CallbackCompiler.OUTPUTS_PROPERTY))
          .toList();

  /** Names CloudFormation gives a meaning of its own. */
  static final List<String> RESERVED = CallbackCompiler.RESERVED_PROPERTIES;

  private VendorProperties() {}

  /** The template value of each property, for a {@code notify} section that passed validation. */
  static Map<String, Object> compile(
      Map<String, CallbackProperty> properties, Map<String, Template.Output> outputs) {
    Map<String, Object> compiled = new LinkedHashMap<>();
    properties.forEach((name, property) -> compiled.put(name, value(property, outputs)));
    return compiled;
  }

  private static Object value(CallbackProperty property, Map<String, Template.Output> outputs) {
    if (property.value() != null) {
      return property.value();
    }
    if (property.parameter() != null) {
      return Fn.ref(property.parameter());
    }
    if (property.role() != null) {
      OutputSpec.Attribute attribute =
          property.attribute() == null ? OutputSpec.Attribute.ARN : property.attribute();
      return attribute == OutputSpec.Attribute.NAME
          ? Fn.ref(property.role())
          : Fn.getAtt(property.role(), attribute.label());
    }
    return sent(outputs.get(property.output()));
  }

  /**
   * What the callback sends for an output: its value, or, for a switched output, its value only
   * where the output exists (a switched constant would otherwise still reach the vendor).
   */
  static Object sent(Template.Output output) {
    return output.condition() == null
        ? output.value()
        : Fn.ifThen(output.condition(), output.value(), Fn.noValue());
  }
}

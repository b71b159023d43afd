package dev.onramp.compile.callback;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CallbackProperty;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks {@code notify.properties}: each name is a property name CloudFormation passes on and takes
 * no standard property's place, each value has exactly one source that exists, and a NoEcho
 * parameter is sent only with {@code sendSecret: true}.
 */
final class VendorPropertiesValidation {
  /** What CloudFormation accepts as a property name and a vendor's code can read as a key. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

  private final SectionContext context;
  private final Blueprint blueprint;
  private final NotifySpec notify;

  VendorPropertiesValidation(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
    this.notify = blueprint.callback();
  }

  void check() {
    if (!notify.standardProperties() && notify.properties().isEmpty()) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          "notify.standardProperties",
          "the callback would send the vendor nothing: standardProperties is false and no"
              + " properties are given",
          "list what the vendor needs under notify.properties, or remove standardProperties");
    }
    if (!notify.standardProperties() && !notify.outputs().isEmpty()) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          "notify.outputs",
          "outputs are sent as the standard property Outputs, which standardProperties: false"
              + " leaves out",
          "send each output as a property ({output: Name}), or remove standardProperties");
    }
    if (!notify.standardProperties() && notify.role() != null) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          "notify.role",
          "notify.role names the role of the standard property RoleArn, which standardProperties:"
              + " false leaves out",
          "send the role as a property, such as RoleArn: {role: " + notify.role() + "}");
    }
    notify.properties().forEach(this::checkProperty);
  }

  private void checkProperty(String name, CallbackProperty property) {
    String path = "notify.properties." + name;
    if (!NAME.matcher(name).matches()) {
      context.error(
          DiagnosticCode.INVALID_NAME,
          path,
          "'" + name + "' is not a property name",
          "use letters, digits and underscores, starting with a letter");
    } else if (VendorProperties.RESERVED.contains(name)) {
      context.error(
          DiagnosticCode.DUPLICATE_NAME,
          path,
          "property '" + name + "' is CloudFormation's own: it says where and how long to wait",
          "give the property another name");
    } else if (notify.standardProperties() && VendorProperties.STANDARD.contains(name)) {
      context.error(
          DiagnosticCode.DUPLICATE_NAME,
          path,
          "property '" + name + "' is one of the standard properties the callback already sends",
          "give the property another name, or add 'standardProperties: false'");
    }
    if (property.sources() != 1) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          path,
          "a property needs exactly one of 'value', 'parameter', 'role' and 'output'",
          "write {value: text}, {parameter: Name}, {role: RoleId} or {output: Name}");
      return;
    }
    if (property.attribute() != null && property.role() == null) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          path + ".attribute",
          "'attribute' is an attribute of a role, but the property sends no role",
          "remove 'attribute', or send a role: {role: RoleId, attribute: Arn}");
    }
    if (property.role() != null && !context.roleIds().contains(property.role())) {
      context.error(
          DiagnosticCode.UNDEFINED_REFERENCE,
          path + ".role",
          "role '" + property.role() + "' is not created by this blueprint",
          DidYouMean.hint(property.role(), context.roleIds()));
    }
    if (property.output() != null) {
      checkOutput(path, property);
    }
    if (property.parameter() != null) {
      checkParameter(path, property);
    } else if (property.sendSecret()) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          path + ".sendSecret",
          "sendSecret is set but the property sends no parameter",
          "remove sendSecret");
    }
  }

  private void checkOutput(String path, CallbackProperty property) {
    Map<String, OutputSpec> outputs = new LinkedHashMap<>();
    blueprint.outputs().forEach(output -> outputs.putIfAbsent(output.name(), output));
    OutputSpec output = outputs.get(property.output());
    if (output == null) {
      context.error(
          DiagnosticCode.UNDEFINED_REFERENCE,
          path + ".output",
          "output '" + property.output() + "' is not declared under 'outputs'",
          DidYouMean.hint(property.output(), outputs.keySet()));
      return;
    }
    Optional.ofNullable(output.parameter())
        .map(context.declaredParameters()::get)
        .filter(ParameterSpec::noEcho)
        .ifPresent(
            secret ->
                context.error(
                    DiagnosticCode.INVALID_CALLBACK,
                    path + ".output",
                    "output '"
                        + output.name()
                        + "' shows NoEcho parameter '"
                        + secret.name()
                        + "', and an output is never a way to send a secret",
                    "send the parameter itself with {parameter: "
                        + secret.name()
                        + ", sendSecret: true}, if the vendor must have it"));
  }

  private void checkParameter(String path, CallbackProperty property) {
    String name = property.parameter();
    boolean isExternalId = name.equals(blueprint.externalId().parameter());
    ParameterSpec parameter = context.declaredParameters().get(name);
    if (parameter == null && !isExternalId) {
      context.error(
          DiagnosticCode.UNDEFINED_PARAMETER,
          path + ".parameter",
          "parameter '" + name + "' is not declared",
          DidYouMean.hint(name, context.declaredParameters().keySet()));
      return;
    }
    boolean secret = parameter != null && parameter.noEcho();
    if (secret && !property.sendSecret()) {
      context.error(
          DiagnosticCode.SECRET_SENT_WITHOUT_OPT_IN,
          path + ".parameter",
          "parameter '"
              + name
              + "' is NoEcho (a secret), and the callback would send its value to the vendor in"
              + " plain text in the SNS message",
          "add 'sendSecret: true' to this property if the vendor must receive the secret (the"
              + " guide and the permission inventory will say so), or send another parameter");
    } else if (!secret && property.sendSecret()) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          path + ".sendSecret",
          "sendSecret is set but parameter '" + name + "' is not NoEcho",
          "remove sendSecret, or make the parameter 'noEcho: true' if it is a secret");
    }
  }
}

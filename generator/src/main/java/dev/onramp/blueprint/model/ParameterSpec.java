package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Key;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import java.util.List;

/** A stack parameter with its console label and group. */
public record ParameterSpec(
    @Required
        @Pattern(
            value = "[A-Za-z][A-Za-z0-9]{0,254}",
            meaning = "letters and digits, starting with a letter")
        @Doc("Parameter name (letters and digits).")
        String name,
    @Doc(
            "Parameter type. Boolean becomes a String with AllowedValues true and false. Default String.")
        Type type,
    @Doc("Description shown under the field in the console.") String description,
    @Doc("Label shown in the console (AWS::CloudFormation::Interface).") String label,
    @Doc("Console group the parameter is shown in.") String group,
    @Key("default") @Doc("Default value.") String defaultValue,
    @Doc("The only values allowed.") List<String> allowedValues,
    @Doc("Regular expression the value must match.") String allowedPattern,
    @Doc("Shown when the value breaks a constraint.") String constraintDescription,
    @Doc("Hide the value in the console and API (secrets). Never pre-filled by links.")
        Boolean noEcho,
    @Range(min = 0, max = 4096) @Doc("Minimum length of a String value.") Integer minLength,
    @Range(min = 1, max = 4096) @Doc("Maximum length of a String value.") Integer maxLength) {

  public ParameterSpec {
    type = type == null ? Type.STRING : type;
    description = description == null ? "" : description;
    label = label == null ? "" : label;
    group = group == null ? "" : group;
    allowedValues =
        type == Type.BOOLEAN && allowedValues == null
            ? List.of("true", "false")
            : allowedValues == null ? List.of() : List.copyOf(allowedValues);
    noEcho = noEcho != null && noEcho;
  }

  /** Parameter types a blueprint may declare. */
  public enum Type implements Labeled {
    STRING("String"),
    NUMBER("Number"),
    BOOLEAN("Boolean"),
    COMMA_DELIMITED_LIST("CommaDelimitedList"),
    SSM_STRING("AWS::SSM::Parameter::Value<String>"),
    SSM_LIST("AWS::SSM::Parameter::Value<List<String>>"),
    SSM_COMMA_DELIMITED_LIST("AWS::SSM::Parameter::Value<CommaDelimitedList>"),
    SSM_NAME("AWS::SSM::Parameter::Name");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    /** Whether CloudFormation resolves the value from Systems Manager Parameter Store. */
    public boolean fromSsm() {
      return this == SSM_STRING || this == SSM_LIST || this == SSM_COMMA_DELIMITED_LIST;
    }

    /** Whether the stack sees a list (Fn::Join, Fn::Select), not a string. */
    public boolean isList() {
      return this == COMMA_DELIMITED_LIST || this == SSM_LIST || this == SSM_COMMA_DELIMITED_LIST;
    }

    /** The CloudFormation parameter type. */
    public String cloudFormationType() {
      return this == BOOLEAN ? "String" : label;
    }
  }
}

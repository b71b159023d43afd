package dev.onramp.cdk;

import java.util.List;

/**
 * One prop of the generated props class: a template parameter with its Java type, its default (Java
 * source, empty when the prop is required), its Javadoc and the checks {@code build()} runs.
 *
 * @param parameterName the template parameter, {@code ExternalId}
 * @param name the prop, {@code externalId}: field, builder method and context key
 * @param accessor {@code getExternalId}
 * @param javaType {@code String}, {@code Boolean}, {@code Number} or {@code List<String>}
 * @param javadoc the prop's documentation, a line each
 * @param defaultValue Java source of the default, or empty for a required prop
 * @param store how the builder keeps the value it is given: a list is copied
 * @param checks Java statements that throw {@code IllegalArgumentException} for a bad value
 * @param cloudFormationType the template parameter's type, {@code String}
 */
public record PropView(
    String parameterName,
    String name,
    String accessor,
    String javaType,
    List<String> javadoc,
    boolean required,
    String defaultValue,
    String store,
    List<String> checks,
    boolean noEcho,
    String cloudFormationType) {

  public PropView {
    javadoc = List.copyOf(javadoc);
    checks = List.copyOf(checks);
  }

  /** The prop's value inside the construct: {@code props.getExternalId()}. */
  String read() {
    return "props." + accessor + "()";
  }

  boolean isBoolean() {
    return javaType.equals("Boolean");
  }

  boolean isNumber() {
    return javaType.equals("Number");
  }

  boolean isList() {
    return javaType.startsWith("List");
  }

  /**
   * Whether CloudFormation reads the value from Parameter Store while it deploys: the prop then
   * holds the Parameter Store name, and the construct declares a {@code CfnParameter} of the same
   * type whose value the resources use.
   */
  boolean fromSsm() {
    return cloudFormationType != null
        && cloudFormationType.startsWith("AWS::SSM::Parameter::Value<");
  }

  /** The Java field of the {@code CfnParameter} of a {@link #fromSsm} prop. */
  String ssmField() {
    return name + "Parameter";
  }

  /** Whether a {@link #fromSsm} value is a list. */
  boolean ssmList() {
    return fromSsm() && !cloudFormationType.equals("AWS::SSM::Parameter::Value<String>");
  }
}

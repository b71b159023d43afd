<#-- The props of one blueprint's construct, bound to a PropsView as "props". -->
<#assign p = props>
package ${p.packageName};

<#list p.imports as import>
import ${import};
</#list>

/**
 * The props of {@link ${p.constructClassName}}, one for each parameter of blueprint {@code
 * ${p.blueprintName}}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class ${p.className} {
<#list p.patterns as pattern>
  private static final Pattern ${pattern.constant} = Pattern.compile(${pattern.regex});
</#list>

<#list p.props as prop>
  private final ${prop.javaType} ${prop.name};
</#list>

  private ${p.className}(Builder builder) {
<#list p.props as prop>
<#if prop.required>
    this.${prop.name} = required(builder.${prop.name}, "${prop.name}");
<#else>
    this.${prop.name} = builder.${prop.name} != null ? builder.${prop.name} : ${indent(prop.defaultValue, 8)};
</#if>
</#list>
<#list p.props as prop>
<#list prop.checks as check>
    ${check}
</#list>
</#list>
  }

  public static Builder builder() {
    return new Builder();
  }
<#list p.props as prop>

  /**
<#list prop.javadoc as line>
   *<#if line?has_content> ${line}</#if>
</#list>
   */
  public ${prop.javaType} ${prop.accessor}() {
    return ${prop.name};
  }
</#list>

  /** Builds {@link ${p.className}}; a prop left unset takes the template's default. */
  public static final class Builder {
<#list p.props as prop>
    private ${prop.javaType} ${prop.name};
</#list>

    private Builder() {}
<#list p.props as prop>

    /** Sets {@link ${p.className}#${prop.accessor}()}. */
    public Builder ${prop.name}(${prop.javaType} ${prop.name}) {
      this.${prop.name} = ${prop.store};
      return this;
    }
</#list>

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public ${p.className} build() {
      return new ${p.className}(this);
    }
  }
<#if p.checkHelpers?seq_contains("required")>

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required: the template has no default for it");
    }
    return value;
  }
</#if>
<#if p.checkHelpers?seq_contains("checkAllowed")>

  private static void checkAllowed(
      String name, String value, List<String> allowed, String constraint, boolean secret) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          problem(name, value, secret, constraint, "must be one of " + String.join(", ", allowed)));
    }
  }
</#if>
<#if p.checkHelpers?seq_contains("checkPattern")>

  private static void checkPattern(
      String name, String value, Pattern pattern, String constraint, boolean secret) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          problem(name, value, secret, constraint, "must match " + pattern.pattern()));
    }
  }
</#if>
<#if p.checkHelpers?seq_contains("checkLength")>

  private static void checkLength(
      String name, String value, int min, int max, String constraint, boolean secret) {
    if (value.length() < min || value.length() > max) {
      throw new IllegalArgumentException(
          problem(name, value, secret, constraint, "must be " + min + " to " + max + " characters"));
    }
  }
</#if>
<#if p.checkHelpers?seq_contains("problem")>

  /** The message of a broken constraint: the template's description of it, else {@code rule}. */
  private static String problem(
      String name, String value, boolean secret, String constraint, String rule) {
    return name
        + (secret ? "" : " '" + value + "'")
        + ": "
        + (constraint != null ? constraint : rule);
  }
</#if>
}

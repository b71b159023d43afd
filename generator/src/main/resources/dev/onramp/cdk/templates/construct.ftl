<#-- The construct class of one blueprint, bound to a ConstructView as "construct". Every value is
     Java source already; this template only lays it out. -->
<#assign c = construct>
package ${c.packageName};

<#list c.imports as import>
import ${import};
</#list>

/**
<#list c.javadoc as line>
 *<#if line?has_content> ${line}</#if>
</#list>
 */
public class ${c.className} extends Construct {
  private final ${c.propsClassName} props;
<#list c.ssmParameters as parameter>
  private final CfnParameter ${parameter.field};
</#list>
<#list c.parameterConditions as condition>
  private final boolean ${condition.field};
</#list>
<#list c.deployTimeConditions as condition>
  private final CfnCondition ${condition.field};
</#list>
<#list c.resources as resource>
  private final ${resource.cdkClass} ${resource.field};
</#list>

<#if c.parameterRules?has_content>
  /**
   * Adds the resources of blueprint {@code ${c.blueprintName}} to {@code scope}.
   *
   * @throws IllegalArgumentException when the props break a rule of the template
   */
<#else>
  /** Adds the resources of blueprint {@code ${c.blueprintName}} to {@code scope}. */
</#if>
  public ${c.className}(Construct scope, String id, ${c.propsClassName} props) {
    super(scope, id);
    this.props = Objects.requireNonNull(props, "props");
<#list c.ssmParameters as parameter>
    this.${parameter.field} =
        CfnParameter.Builder.create(this, "${parameter.logicalId}")
            .type("${parameter.type}")
            .defaultValue(${parameter.value})
            .build();
    ${parameter.field}.overrideLogicalId("${parameter.logicalId}");
</#list>
<#list c.parameterConditions as condition>
    this.${condition.field} = ${indent(condition.expression, 8)};
</#list>
<#list c.parameterRules as rule>
<#list rule.assertions as assertion>
    if (!(${indent(assertion.expression, 10)})) {
      throw new IllegalArgumentException(${indent(assertion.description, 10)});
    }
</#list>
</#list>
<#list c.deployTimeConditions as condition>
    this.${condition.field} =
        CfnCondition.Builder.create(this, "${condition.logicalId}")
            .expression(${indent(condition.expression, 12)})
            .build();
    ${condition.field}.overrideLogicalId("${condition.logicalId}");
</#list>
<#list c.deployTimeRules as rule>
    CfnRule ${rule.field} = new CfnRule(this, "${rule.logicalId}");
    ${rule.field}.overrideLogicalId("${rule.logicalId}");
<#list rule.assertions as assertion>
    ${rule.field}.addAssertion(
        ${indent(assertion.expression, 8)},
        ${indent(assertion.description, 8)});
</#list>
</#list>
<#list c.resources as resource>
<#if resource.parameterCondition?has_content>
    this.${resource.field} = ${resource.parameterCondition} ? ${resource.method}() : null;
<#else>
    this.${resource.field} = ${resource.method}();
</#if>
</#list>
<#list c.outputs as output>
<#if output.parameterCondition?has_content>
    if (${output.parameterCondition}) {
      ${output.method}();
    }
<#else>
    ${output.method}();
</#if>
</#list>
  }
<#list c.outputs as output>

<#if output.javadoc?size == 1>
  /** ${output.javadoc[0]} */
<#else>
  /**
<#list output.javadoc as line>
   *<#if line?has_content> ${line}</#if>
</#list>
   */
</#if>
  public ${output.accessorType} ${output.accessor}() {
    return ${indent(output.accessorValue, 8)};
  }
</#list>
<#list c.resources as resource>

  /** {@code ${resource.logicalId}}: {@code ${resource.type}}. */
  private ${resource.cdkClass} ${resource.method}() {
    ${resource.cdkClass} resource =
        ${resource.cdkClass}.Builder.create(this, "${resource.logicalId}")
<#list resource.setters as setter>
            .${setter.name}(${indent(setter.argument, 12)})
</#list>
            .build();
    resource.overrideLogicalId("${resource.logicalId}");
<#if resource.deployTimeCondition?has_content>
    resource.getCfnOptions().setCondition(${resource.deployTimeCondition});
</#if>
<#list resource.dependencies as dependency>
    resource.getNode().addDependency(${dependency});
</#list>
<#if resource.deletionPolicy?has_content>
    resource.getCfnOptions().setDeletionPolicy(${resource.deletionPolicy});
</#if>
<#if resource.updateReplacePolicy?has_content>
    resource.getCfnOptions().setUpdateReplacePolicy(${resource.updateReplacePolicy});
</#if>
<#list resource.metadata as entry>
    resource.addMetadata(${entry.name}, ${indent(entry.argument, 4)});
</#list>
    return resource;
  }
</#list>
<#list c.outputs as output>

  /** The stack output {@code ${output.logicalId}}. */
  private void ${output.method}() {
    CfnOutput output =
        CfnOutput.Builder.create(this, "${output.logicalId}")
<#if output.description?has_content>
            .description(${indent(output.description, 12)})
</#if>
            .value(${indent(output.value, 12)})
<#if output.deployTimeCondition?has_content>
            .condition(${output.deployTimeCondition})
</#if>
<#if output.exportName?has_content>
            .exportName(${indent(output.exportName, 12)})
</#if>
            .build();
    output.overrideLogicalId("${output.logicalId}");
  }
</#list>
<#if c.helpers?seq_contains("map")>

  /**
   * A property map in the template's order; a value a switch left out ({@code null}) leaves its
   * key out, as {@code AWS::NoValue} does.
   */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }
</#if>
<#if c.helpers?seq_contains("listOfPresent")>

  /** The elements a switch did not leave out ({@code null}), as {@code AWS::NoValue} does. */
  @SafeVarargs
  private static <T> List<T> listOfPresent(T... elements) {
    // A loop: handing the array to any other method (Stream.of, Arrays.stream) is what
    // -Xlint:varargs flags as possible heap pollution.
    List<T> present = new ArrayList<>();
    for (T element : elements) {
      if (element != null) {
        present.add(element);
      }
    }
    return List.copyOf(present);
  }
</#if>
<#if c.helpers?seq_contains("escapedForSub")>

  /** A prop's text inside {@code Fn::Sub}, where {@code ${'$'}{} would open a variable. */
  private static String escapedForSub(String text) {
    return text.replace("${'$'}{", "${'$'}{!");
  }
</#if>
}

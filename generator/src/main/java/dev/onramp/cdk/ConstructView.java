package dev.onramp.cdk;

import java.util.List;

/**
 * What {@code construct.ftl} renders: the construct class of one blueprint, every part already
 * turned into Java source text, in the order the class declares it.
 *
 * @param javadoc the class comment, a line each
 * @param imports qualified names, sorted
 * @param parameterConditions conditions the props decide: Java {@code boolean} fields
 * @param deployTimeConditions conditions decided at deployment: {@code CfnCondition} fields
 * @param parameterRules rule assertions the props decide, checked when the construct is built
 * @param deployTimeRules rules decided at deployment: {@code CfnRule}s
 * @param resources in an order where each one comes after those its Java code refers to
 * @param helpers names of the {@link Helper} methods the class declares
 * @param ssmParameters parameters read from Parameter Store at deployment: {@code CfnParameter}s
 */
public record ConstructView(
    String packageName,
    String className,
    String propsClassName,
    String blueprintName,
    String blueprintVersion,
    List<String> javadoc,
    List<String> imports,
    List<ConditionView> parameterConditions,
    List<ConditionView> deployTimeConditions,
    List<RuleView> parameterRules,
    List<RuleView> deployTimeRules,
    List<ResourceView> resources,
    List<OutputView> outputs,
    List<String> helpers,
    List<SsmParameterView> ssmParameters) {

  public ConstructView {
    javadoc = List.copyOf(javadoc);
    imports = List.copyOf(imports);
    parameterConditions = List.copyOf(parameterConditions);
    deployTimeConditions = List.copyOf(deployTimeConditions);
    parameterRules = List.copyOf(parameterRules);
    deployTimeRules = List.copyOf(deployTimeRules);
    resources = List.copyOf(resources);
    outputs = List.copyOf(outputs);
    helpers = List.copyOf(helpers);
    ssmParameters = List.copyOf(ssmParameters);
  }

  /**
   * A parameter CloudFormation reads from Parameter Store: a {@code CfnParameter} of its type under
   * the template's name, whose default is the Parameter Store name the props give.
   */
  public record SsmParameterView(String logicalId, String field, String type, String value) {}

  /** A template condition and the Java field that holds it; {@code expression} is Java source. */
  public record ConditionView(String logicalId, String field, String expression) {}

  /** A template rule: each assertion's Java expression and its description as a literal. */
  public record RuleView(String logicalId, String field, List<AssertionView> assertions) {
    public RuleView {
      assertions = List.copyOf(assertions);
    }
  }

  /** One assertion of a rule. */
  public record AssertionView(String expression, String description) {}

  /**
   * A stack output, built as a {@code CfnOutput} with the template's logical id and read through a
   * getter. {@code accessorType} is {@code Optional<String>} when the props may leave it out.
   */
  public record OutputView(
      String logicalId,
      String method,
      String accessor,
      String accessorType,
      String accessorValue,
      String description,
      String value,
      String exportName,
      String parameterCondition,
      String deployTimeCondition,
      List<String> javadoc) {
    public OutputView {
      javadoc = List.copyOf(javadoc);
    }
  }
}

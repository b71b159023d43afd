package dev.onramp.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template as it stands once CloudFormation knows the parameter values: what a construct whose
 * parameters are known at synthesis (the CDK construct of a blueprint) has to produce to be
 * equivalent.
 *
 * <ul>
 *   <li>The Parameters section keeps only the parameters CloudFormation reads from Parameter Store
 *       while it deploys ({@code AWS::SSM::Parameter::Value<…>}), with their type and the name
 *       given as default; their {@code Ref}s stay, and conditions on them are kept like those on
 *       pseudo parameters. Every other parameter's {@code Ref} and {@code ${Name}} in a Sub is
 *       replaced by its value ({@link ParameterValues}: given, else the {@code Default}, checked
 *       against the parameter's constraints). A Sub left without variables is plain text, its
 *       {@code ${!Literal}} escapes resolved to {@code ${Literal}} as CloudFormation renders them
 *       (a Sub that keeps variables keeps them as written); a {@code Fn::Join} of known text is the
 *       joined text.
 *   <li>Conditions are decided, then removed; a resource or output whose condition is false is
 *       dropped, one whose condition is true loses it, and an {@code Fn::If} becomes the branch its
 *       condition picks ({@code AWS::NoValue} removing the key or list item).
 *   <li><b>Conditions that depend on the deployment</b>: a condition that reads a pseudo parameter
 *       ({@code AWS::Region}, {@code AWS::Partition}, {@code AWS::AccountId}, …) cannot be decided
 *       at synthesis. It is kept, under its name, with its parameters substituted and its decided
 *       parts folded away ({@code Or(Equals(Ref Mode, "off"), Equals(Ref AWS::Region,
 *       "us-east-1"))} with {@code Mode=on} is {@code Equals(Ref AWS::Region, "us-east-1")});
 *       resources, outputs and {@code Fn::If}s that use it keep it, their values evaluated. Pseudo
 *       parameters and resource references ({@code ${Role.Arn}}) stay inside their Subs.
 *   <li>Rules are checked ({@link Rules}): holding ones are dropped, a failing one throws with its
 *       {@code AssertDescription} as CloudFormation would refuse the stack, and those that depend
 *       on the deployment are kept.
 *   <li>Metadata loses {@code AWS::CloudFormation::Interface}, which only labels the parameters;
 *       {@code DependsOn} loses the resources that were dropped.
 * </ul>
 */
public final class TemplateEvaluator {
  private static final String INTERFACE = "AWS::CloudFormation::Interface";

  private TemplateEvaluator() {}

  /**
   * {@code template} evaluated with {@code parameterValues}: String for String parameters, String
   * or number for Number, {@code List<String>} (or comma-delimited String) for CommaDelimitedList.
   *
   * @throws IllegalArgumentException for a missing value without a default, a value that breaks the
   *     parameter's constraints (the message holds its ConstraintDescription), an unknown parameter
   *     name, or a rule whose assertion fails
   */
  public static Template evaluate(Template template, Map<String, Object> parameterValues) {
    ParameterValues parameters = ParameterValues.resolve(template.parameters(), parameterValues);
    Conditions conditions = Conditions.decide(template.conditions(), parameters);
    ValueEvaluator values = new ValueEvaluator(parameters, conditions::truthOf);
    Map<String, Object> rules =
        Rules.check(template.rules(), new ConditionLogic(values, conditions::truthOf), values);

    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (applies(resource.condition(), conditions)) {
                resources.put(id, resource);
              }
            });
    Map<String, Template.Resource> evaluated = new LinkedHashMap<>();
    resources.forEach(
        (id, resource) -> evaluated.put(id, resource(resource, resources, conditions, values)));

    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    template
        .outputs()
        .forEach(
            (name, output) -> {
              if (applies(output.condition(), conditions)) {
                outputs.put(
                    name,
                    new Template.Output(
                        output.description(),
                        values.evaluate(output.value()),
                        kept(output.condition(), conditions),
                        values.evaluate(output.exportName())));
              }
            });

    Map<String, Object> metadata = new LinkedHashMap<>(template.metadata());
    metadata.remove(INTERFACE);
    return new Template(
        template.description(),
        metadata,
        readAtDeployment(template.parameters(), parameterValues),
        rules,
        conditions.undecided(),
        evaluated,
        outputs);
  }

  private static Template.Resource resource(
      Template.Resource resource,
      Map<String, Template.Resource> kept,
      Conditions conditions,
      ValueEvaluator values) {
    List<String> dependsOn = new ArrayList<>(resource.dependsOn());
    dependsOn.retainAll(kept.keySet());
    return new Template.Resource(
        resource.type(),
        kept(resource.condition(), conditions),
        dependsOn,
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        values.evaluateFields(resource.metadata()),
        values.evaluateFields(resource.properties()));
  }

  /**
   * The parameters CloudFormation reads from Parameter Store while it deploys: they stay, with the
   * Parameter Store name given (else the default) as their default, and nothing else.
   */
  private static Map<String, Template.Parameter> readAtDeployment(
      Map<String, Template.Parameter> declared, Map<String, Object> given) {
    Map<String, Template.Parameter> kept = new LinkedHashMap<>();
    declared.forEach(
        (name, parameter) -> {
          if (ParameterValues.readAtDeployment(parameter)) {
            Object value = given.getOrDefault(name, parameter.defaultValue());
            kept.put(
                name,
                new Template.Parameter(
                    parameter.type(),
                    null,
                    value == null ? null : String.valueOf(value),
                    List.of(),
                    null,
                    null,
                    false,
                    null,
                    null));
          }
        });
    return kept;
  }

  /** Whether something under {@code condition} exists: true unless it is decided false. */
  private static boolean applies(String condition, Conditions conditions) {
    return condition == null
        || !(conditions.truthOf(condition) instanceof Truth.Known known)
        || known.value();
  }

  /** The condition that is still to be decided at deployment; none once it is decided. */
  private static String kept(String condition, Conditions conditions) {
    return condition != null && conditions.truthOf(condition) instanceof Truth.Unknown
        ? condition
        : null;
  }
}

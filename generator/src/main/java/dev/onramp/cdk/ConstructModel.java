package dev.onramp.cdk;

import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.cdk.ConstructView.AssertionView;
import dev.onramp.cdk.ConstructView.ConditionView;
import dev.onramp.cdk.ConstructView.OutputView;
import dev.onramp.cdk.ConstructView.RuleView;
import dev.onramp.cdk.ConstructView.SsmParameterView;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the view models of one blueprint's construct from its compiled template, so the construct
 * has exactly the template's resources: props from the parameters, Java booleans or CloudFormation
 * conditions from the conditions, one L1 construct per resource with the template's logical id, a
 * {@code CfnOutput} and a getter per output.
 */
final class ConstructModel {
  private final CompiledTemplate compiled;
  private final Template template;
  private final String packageName;
  private final String className;
  private final PropsModel props;
  private final ConditionExpressions conditions;

  /** Condition name to its Java field, for those the props decide and the others. */
  private final Map<String, String> parameterConditions = new LinkedHashMap<>();

  private final Map<String, String> deployTimeConditions = new LinkedHashMap<>();

  /** Logical id to Java field, each resource after those its code refers to. */
  private final Map<String, String> resourceFields = new LinkedHashMap<>();

  private final Map<String, String> ruleNames = new LinkedHashMap<>();

  private ConstructModel(CompiledTemplate compiled, CdkSpec spec) {
    this.compiled = compiled;
    this.template = compiled.template();
    this.packageName = spec.packageName();
    this.className = spec.classNameFor(compiled.name());
    this.props = new PropsModel(template.parameters());
    this.conditions = new ConditionExpressions(template.conditions());
    JavaNames fields = new JavaNames(Set.of("props"));
    for (String name :
        DependencyOrder.of(template.conditions(), ConditionExpressions::referencedConditions)) {
      String field = fields.unique(name, "Condition");
      if (conditions.decidedByProps(template.conditions().get(name), decidingProps())) {
        parameterConditions.put(name, field);
      } else {
        deployTimeConditions.put(name, field);
      }
    }
    for (String logicalId :
        DependencyOrder.of(template.resources(), ResourceModel::referencedResources)) {
      resourceFields.put(logicalId, fields.unique(logicalId, "Resource"));
    }
    template.rules().keySet().forEach(name -> ruleNames.put(name, fields.unique(name, "Rule")));
  }

  /** The parameters whose props decide conditions: not those read from Parameter Store. */
  private Set<String> decidingProps() {
    Set<String> deciding = new HashSet<>();
    props
        .props()
        .forEach(
            (name, prop) -> {
              if (!prop.fromSsm()) {
                deciding.add(name);
              }
            });
    return deciding;
  }

  static CdkView of(CompiledTemplate compiled, CdkSpec spec) {
    return new ConstructModel(compiled, spec).build();
  }

  private CdkView build() {
    // A typed L1 class that cannot say a resource exactly is swapped for CfnResource; the
    // references to that resource change with it, so the whole class is translated again.
    Set<String> untyped = new HashSet<>();
    Optional<ConstructView> construct = construct(untyped);
    while (construct.isEmpty()) {
      construct = construct(untyped);
    }
    String propsClass = construct.get().propsClassName();
    return new CdkView(
        construct.get(),
        props.view(packageName, propsClass, className, compiled.name()),
        AppModel.view(packageName, className, propsClass, compiled, props.props().values()));
  }

  /**
   * The construct with the resources in {@code untyped} built as {@code CfnResource}s; empty, with
   * one more resource added to {@code untyped}, when a typed class does not fit a resource.
   */
  private Optional<ConstructView> construct(Set<String> untyped) {
    JavaImports imports = new JavaImports();
    Map<String, TemplateSymbols.ResourceSymbol> resources = new LinkedHashMap<>();
    resourceFields.forEach(
        (logicalId, field) ->
            resources.put(
                logicalId,
                new TemplateSymbols.ResourceSymbol(
                    field,
                    untyped.contains(logicalId)
                        ? CdkResourceClass.RESOURCE
                        : CdkResourceClass.forType(template.resources().get(logicalId).type()))));
    TemplateSymbols symbols =
        new TemplateSymbols(props.props(), parameterConditions, deployTimeConditions, resources);
    JavaExpressions expressions = new JavaExpressions(symbols, imports);
    ResourceModel resourceModel =
        new ResourceModel(expressions, symbols, imports, template.conditions());
    List<ResourceView> resourceViews = new ArrayList<>();
    for (String logicalId : resourceFields.keySet()) {
      Optional<ResourceView> view =
          resourceModel.view(logicalId, template.resources().get(logicalId));
      if (view.isEmpty()) {
        untyped.add(logicalId);
        return Optional.empty();
      }
      resourceViews.add(view.get());
    }
    List<ConditionView> parameterConditionViews = new ArrayList<>();
    parameterConditions.forEach(
        (name, field) ->
            parameterConditionViews.add(
                new ConditionView(
                    name,
                    field,
                    conditions
                        .javaBoolean(
                            template.conditions().get(name), expressions, parameterConditions)
                        .text())));
    List<ConditionView> deployTimeConditionViews = new ArrayList<>();
    if (!deployTimeConditions.isEmpty()) {
      imports.add("software.amazon.awscdk.CfnCondition");
      imports.add("software.amazon.awscdk.Fn");
    }
    deployTimeConditions.forEach(
        (name, field) ->
            deployTimeConditionViews.add(
                new ConditionView(
                    name,
                    field,
                    conditions.cdkExpression(
                        template.conditions().get(name), expressions, deployTimeConditions))));
    List<RuleView> rules = rules(expressions);
    List<RuleView> parameterRules =
        rules.stream().filter(rule -> ruleDecidedByProps(rule.logicalId())).toList();
    List<RuleView> deployTimeRules =
        rules.stream().filter(rule -> !ruleDecidedByProps(rule.logicalId())).toList();
    if (!deployTimeRules.isEmpty()) {
      imports.add("software.amazon.awscdk.CfnRule");
      imports.add("software.amazon.awscdk.Fn");
    }
    List<OutputView> outputs =
        new OutputModel(expressions, symbols, imports).views(template.outputs());
    List<SsmParameterView> ssmParameters = new ArrayList<>();
    for (PropView prop : props.props().values()) {
      if (prop.fromSsm()) {
        imports.add("software.amazon.awscdk.CfnParameter");
        ssmParameters.add(
            new SsmParameterView(
                prop.parameterName(), prop.ssmField(), prop.cloudFormationType(), prop.read()));
      }
    }
    imports.add("software.constructs.Construct");
    imports.add("java.util.Objects");
    return Optional.of(
        new ConstructView(
            packageName,
            className,
            className + "Props",
            compiled.name(),
            compiled.version(),
            javadoc(),
            imports.classes(),
            parameterConditionViews,
            deployTimeConditionViews,
            parameterRules,
            deployTimeRules,
            resourceViews,
            outputs,
            imports.helpers().stream().map(Helper::method).toList(),
            ssmParameters));
  }

  /** Each rule with its assertions as Java booleans or as CDK condition expressions. */
  private List<RuleView> rules(JavaExpressions expressions) {
    List<RuleView> views = new ArrayList<>();
    for (String name : template.rules().keySet()) {
      boolean decidedByProps = ruleDecidedByProps(name);
      List<AssertionView> assertions = new ArrayList<>();
      for (Object assertion : assertions(name)) {
        Map<?, ?> parts = (Map<?, ?>) assertion;
        Object test = parts.get("Assert");
        Object description = parts.get("AssertDescription");
        assertions.add(
            new AssertionView(
                decidedByProps
                    ? conditions.javaBoolean(test, expressions, parameterConditions).text()
                    : conditions.cdkExpression(test, expressions, deployTimeConditions),
                JavaLiterals.quoted(description == null ? "" : description.toString())));
      }
      views.add(new RuleView(name, ruleNames.get(name), assertions));
    }
    return views;
  }

  private boolean ruleDecidedByProps(String name) {
    return conditions.decidedByProps(assertions(name), decidingProps());
  }

  /**
   * A rule's assertions; a rule with a RuleCondition has no equivalent the construct could hold.
   */
  private List<?> assertions(String name) {
    if (!(template.rules().get(name) instanceof Map<?, ?> body)
        || !Set.of("Assertions").containsAll(body.keySet())
        || !(body.get("Assertions") instanceof List<?> assertions)) {
      throw new IllegalArgumentException(
          "rule "
              + name
              + " has a form the construct cannot express: "
              + template.rules().get(name));
    }
    return assertions;
  }

  private List<String> javadoc() {
    List<String> paragraphs = new ArrayList<>();
    if (template.description() != null && !template.description().isEmpty()) {
      paragraphs.add(JavaLiterals.javadoc(template.description()));
    }
    paragraphs.add(
        "Generated by Onramp from blueprint {@code "
            + compiled.name()
            + "} "
            + JavaLiterals.javadoc(compiled.version())
            + ": the resources of its CloudFormation template, with the same logical ids, so one"
            + " instance fits in a stack. Change the blueprint and generate again rather than"
            + " editing this file.");
    return Javadoc.lines(paragraphs, 0);
  }
}

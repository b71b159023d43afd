package dev.onramp.cdk;

import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.cdk.ConstructView.AssertionView;
import dev.onramp.cdk.ConstructView.ConditionView;
import dev.onramp.cdk.ConstructView.OutputView;
import dev.onramp.cdk.ConstructView.RuleView;
import dev.onramp.compile.CompiledTemplate;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private ConstructModel(CompiledTemplate compiled, CdkSpec spec) {
    this.compiled = compiled;
    this.template = compiled.template();
    this.packageName = spec.packageName();
    this.className = spec.classNameFor(compiled.name());
  }

  static CdkView of(CompiledTemplate compiled, CdkSpec spec) {
    return new ConstructModel(compiled, spec).build();
  }

  private CdkView build() {
    PropsModel props = new PropsModel(template.parameters());
    String propsClass = className + "Props";
    ConditionExpressions conditions = new ConditionExpressions(template.conditions());
    JavaNames fields = new JavaNames(Set.of("props"));
    Map<String, String> parameterConditions = new LinkedHashMap<>();
    Map<String, String> deployTimeConditions = new LinkedHashMap<>();
    List<String> conditionOrder =
        DependencyOrder.of(template.conditions(), ConditionExpressions::referencedConditions);
    for (String name : conditionOrder) {
      String field = fields.unique(name, "Condition");
      if (conditions.decidedByProps(template.conditions().get(name), props.props().keySet())) {
        parameterConditions.put(name, field);
      } else {
        deployTimeConditions.put(name, field);
      }
    }
    List<String> resourceOrder =
        DependencyOrder.of(
            template.resources(), resource -> ResourceModel.referencedResources(resource));
    Map<String, String> resourceFields = new LinkedHashMap<>();
    for (String logicalId : resourceOrder) {
      resourceFields.put(logicalId, fields.unique(logicalId, "Resource"));
    }
    Map<String, String> ruleNames = new LinkedHashMap<>();
    template.rules().keySet().forEach(name -> ruleNames.put(name, fields.unique(name, "Rule")));

    // A typed L1 class that cannot say a resource exactly is swapped for CfnResource; the
    // references to that resource change with it, so the whole class is translated again.
    Set<String> untyped = new HashSet<>();
    while (true) {
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
      JavaExpressions expressions = new JavaExpressions(symbols, template.conditions(), imports);
      ResourceModel resourceModel = new ResourceModel(expressions, symbols, imports);
      List<ResourceView> resourceViews = new ArrayList<>();
      String failed = null;
      for (String logicalId : resourceOrder) {
        var view = resourceModel.view(logicalId, template.resources().get(logicalId));
        if (view.isEmpty()) {
          failed = logicalId;
          break;
        }
        resourceViews.add(view.get());
      }
      if (failed != null) {
        untyped.add(failed);
        continue;
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
      List<RuleView> parameterRules = new ArrayList<>();
      List<RuleView> deployTimeRules = new ArrayList<>();
      rules(
          conditions,
          expressions,
          imports,
          ruleNames,
          parameterConditions,
          deployTimeConditions,
          props,
          parameterRules,
          deployTimeRules);
      List<OutputView> outputs =
          new OutputModel(expressions, symbols, imports).views(template.outputs());
      imports.add("software.constructs.Construct");
      imports.add("java.util.Objects");
      ConstructView construct =
          new ConstructView(
              packageName,
              className,
              propsClass,
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
              imports.helpers().stream().map(Helper::method).toList());
      return new CdkView(
          construct,
          props.view(packageName, propsClass, className, compiled.name()),
          AppModel.view(packageName, className, propsClass, compiled, props.props().values()));
    }
  }

  private void rules(
      ConditionExpressions conditions,
      JavaExpressions expressions,
      JavaImports imports,
      Map<String, String> ruleNames,
      Map<String, String> parameterConditions,
      Map<String, String> deployTimeConditions,
      PropsModel props,
      List<RuleView> parameterRules,
      List<RuleView> deployTimeRules) {
    for (Map.Entry<String, Object> rule : template.rules().entrySet()) {
      if (!(rule.getValue() instanceof Map<?, ?> body)
          || !Set.of("Assertions").containsAll(body.keySet())
          || !(body.get("Assertions") instanceof List<?> assertions)) {
        throw new IllegalArgumentException(
            "rule "
                + rule.getKey()
                + " has a form the construct cannot express: "
                + rule.getValue());
      }
      boolean decidedByProps = conditions.decidedByProps(assertions, props.props().keySet());
      List<AssertionView> views = new ArrayList<>();
      for (Object assertion : assertions) {
        Map<?, ?> parts = (Map<?, ?>) assertion;
        Object test = parts.get("Assert");
        String description =
            JavaLiterals.quoted(
                String.valueOf(
                    parts.get("AssertDescription") == null ? "" : parts.get("AssertDescription")));
        views.add(
            new AssertionView(
                decidedByProps
                    ? conditions.javaBoolean(test, expressions, parameterConditions).text()
                    : conditions.cdkExpression(test, expressions, deployTimeConditions),
                description));
      }
      RuleView view = new RuleView(rule.getKey(), ruleNames.get(rule.getKey()), views);
      if (decidedByProps) {
        parameterRules.add(view);
      } else {
        imports.add("software.amazon.awscdk.CfnRule");
        imports.add("software.amazon.awscdk.Fn");
        deployTimeRules.add(view);
      }
    }
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

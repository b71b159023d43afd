package dev.onramp.compile.conditional;

import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes references between switched and unswitched parts of a compiled template work, once every
 * section has written its part:
 *
 * <ul>
 *   <li>a policy attached to a switched role is switched with it;
 *   <li>a custom resource (the callback) sends a switched resource's value inside {@code Fn::If},
 *       so the property is left out when the resource is not created;
 *   <li>an output that shows a switched resource is shown under the resource's condition too;
 *   <li>a {@code DependsOn} on a switched resource becomes one on a {@link ConditionalDependency};
 *   <li>any other reference from a part that exists more often than what it refers to is an error,
 *       located at the part that refers;
 *   <li>a template whose every resource is switched gets one that is not, since CloudFormation
 *       cannot create a stack of no resources.
 * </ul>
 *
 * <p>A template without switched resources is returned as it was.
 */
public final class SwitchedReferences {
  /** The always-created resource of a template whose every resource is switched. */
  static final String PLACEHOLDER = "SwitchedOffPlaceholder";

  private static final Set<String> ATTACHMENTS =
      Set.of("AWS::IAM::ManagedPolicy", "AWS::IAM::Policy");

  private final SectionContext context;
  private final TemplateBuilder template;

  private SwitchedReferences(SectionContext context, TemplateBuilder template) {
    this.context = context;
    this.template = template;
  }

  /** Rewrites {@code template} as above; unsafe references are reported to {@code context}. */
  public static void apply(SectionContext context, TemplateBuilder template) {
    if (template.resources().values().stream().allMatch(resource -> resource.condition() == null)) {
      return;
    }
    SwitchedReferences pass = new SwitchedReferences(context, template);
    new LinkedHashMap<>(template.resources()).forEach(pass::resource);
    new LinkedHashMap<>(template.outputs()).forEach(pass::output);
    if (template.resources().values().stream().allMatch(resource -> resource.condition() != null)) {
      template.resource(PLACEHOLDER, placeholder(), null);
    }
  }

  private void resource(String id, Template.Resource resource) {
    String condition = resource.condition();
    if (ATTACHMENTS.contains(resource.type())) {
      ReferenceGuard roles = guard();
      roles.scan(resource.properties().get("Roles"), condition);
      for (String role : roles.unsafe()) {
        condition = Conjunction.of(template, condition, template.resources().get(role).condition());
      }
    }
    Map<String, Object> properties = resource.properties();
    ReferenceGuard references = guard();
    if (isCustomResource(resource.type())) {
      @SuppressWarnings("unchecked")
      Map<String, Object> guarded =
          (Map<String, Object>) references.guarded(resource.properties(), condition);
      properties = guarded;
    } else {
      references.scan(resource.properties(), condition);
      references.scan(resource.metadata(), condition);
      for (String target : references.unsafe()) {
        context
            .diagnostics()
            .error(
                DiagnosticCode.SWITCHED_REFERENCE,
                template.origins().get(id),
                id
                    + " is created "
                    + (condition == null ? "always" : "under condition " + condition)
                    + " but refers to "
                    + target
                    + ", which exists only under condition "
                    + template.resources().get(target).condition(),
                "give both parts the same 'when', or switch off what refers with what it refers"
                    + " to");
      }
    }
    List<String> dependsOn = new ArrayList<>();
    for (String target : resource.dependsOn()) {
      dependsOn.add(ConditionalDependency.on(template, condition, target));
    }
    if (java.util.Objects.equals(condition, resource.condition())
        && properties == resource.properties()
        && dependsOn.equals(resource.dependsOn())) {
      return; // the common case, decided without comparing the properties deeply
    }
    Template.Resource rewritten =
        new Template.Resource(
            resource.type(),
            condition,
            dependsOn,
            resource.deletionPolicy(),
            resource.updateReplacePolicy(),
            resource.metadata(),
            properties);
    if (!rewritten.equals(resource)) {
      template.resource(id, rewritten, null);
    }
  }

  private void output(String name, Template.Output output) {
    ReferenceGuard references = guard();
    references.scan(output.value(), output.condition());
    references.scan(output.exportName(), output.condition());
    Template.Output shown = output;
    for (String target : references.unsafe()) {
      shown =
          SwitchedScope.underCondition(
              template, shown, template.resources().get(target).condition());
    }
    if (!shown.equals(output)) {
      template.output(name, shown);
    }
  }

  private ReferenceGuard guard() {
    return new ReferenceGuard(template.conditions(), template.resources());
  }

  private static boolean isCustomResource(String type) {
    return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource");
  }

  /**
   * A handle, which creates nothing in the account: CloudFormation refuses to create a stack when
   * no resource's condition holds.
   */
  private static Template.Resource placeholder() {
    return new Template.Resource(
        "AWS::CloudFormation::WaitConditionHandle", null, null, null, null, Map.of(), Map.of());
  }
}

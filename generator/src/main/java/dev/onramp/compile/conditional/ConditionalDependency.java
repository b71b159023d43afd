package dev.onramp.compile.conditional;

import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.Map;

/**
 * A {@code DependsOn} that names a resource which may not exist. CloudFormation refuses a {@code
 * DependsOn} on a resource whose condition is false, so a resource that must wait for a switched
 * one waits instead for an always-created {@code AWS::CloudFormation::WaitConditionHandle} whose
 * {@code Metadata} refers to the switched resource inside {@code Fn::If}: when the switch is on,
 * the reference makes the handle (and so the dependent) wait for it; when it is off, there is
 * nothing to wait for. This is the pattern CloudFormation's documentation and cfn-lint suggest; the
 * handle itself creates nothing in the account.
 */
public final class ConditionalDependency {
  /** The Metadata key of the handle: what it waits on. */
  static final String WAIT_ON = "WaitOn";

  private ConditionalDependency() {}

  /**
   * What a resource under {@code dependentCondition} (null: always) lists in {@code DependsOn} to
   * wait for {@code target}: the target itself when it exists whenever the dependent does, else the
   * handle that waits for it (added to the template the first time).
   */
  public static String on(TemplateBuilder template, String dependentCondition, String target) {
    Template.Resource resource = template.resources().get(target);
    if (resource == null
        || Conjunction.implies(template.conditions(), dependentCondition, resource.condition())) {
      return target;
    }
    String handle = handleId(target);
    if (!template.resources().containsKey(handle)) {
      Template.Resource wait =
          new Template.Resource(
              "AWS::CloudFormation::WaitConditionHandle",
              null,
              null,
              null,
              null,
              Map.of(WAIT_ON, Fn.ifThen(resource.condition(), Fn.ref(target), "")),
              Map.of());
      template.resource(handle, wait, template.origins().get(target));
    }
    return handle;
  }

  /** The handle's logical id: {@code AccessRoleWaitHandle}. */
  static String handleId(String target) {
    return target + "WaitHandle";
  }
}

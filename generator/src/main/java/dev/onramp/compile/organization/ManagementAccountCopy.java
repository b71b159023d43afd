package dev.onramp.compile.organization;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.OrganizationSpec.ManagementAccountSpec;
import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.compile.callback.SnsTopicArn;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The member's resources in this (management) account too, switched on by the management-account
 * parameter: service-managed StackSets never deploy to the management account, and self-managed
 * ones reach it only through an execution role that Organizations does not create there.
 */
final class ManagementAccountCopy {
  static final String CONDITION = "OnboardsManagementAccount";
  static final String REGISTRATION_RULE = "ManagementRegistrationInTopicRegion";

  private final ManagementAccountSpec management;
  private final SourceLocation where;

  ManagementAccountCopy(ManagementAccountSpec management, SourceMap source) {
    this.management = management;
    this.where = source.at("organization.managementAccount");
  }

  /**
   * Adds the copy of {@code member} to {@code builder}, or reports why it cannot be made: another
   * ExternalId parameter, logical ids or role names this template already uses.
   */
  void addTo(TemplateBuilder builder, Member member, String externalId, Diagnostics diagnostics) {
    if (!member.externalIdParameter().equals(externalId)) {
      diagnostics.error(
          DiagnosticCode.INVALID_ORGANIZATION,
          where,
          "the member's ExternalId parameter is '"
              + member.externalIdParameter()
              + "' and this blueprint's is '"
              + externalId
              + "', so the copy in this account would ask for a second ExternalId",
          "give both blueprints the same externalId.parameter");
      return;
    }
    builder.condition(CONDITION, new Fn.Equals(Fn.ref(management.parameter()), "true"));
    MemberCopy.Result copy;
    try {
      copy =
          MemberCopy.of(
              member.template(),
              management.logicalIdPrefix(),
              CONDITION,
              Set.of(CallbackCompiler.REGISTERS_CONDITION),
              taken(builder));
    } catch (MemberCopy.IdCollision collision) {
      diagnostics.error(
          DiagnosticCode.DUPLICATE_NAME,
          where,
          "the copy of the member's resources would reuse "
              + String.join(", ", collision.ids())
              + ", already used in this template",
          "set organization.managementAccount.logicalIdPrefix to another prefix");
      return;
    }
    List<String> sameNames = sameRoleNames(builder.resources(), copy.resources());
    if (!sameNames.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.DUPLICATE_NAME,
          where,
          "this account would get two roles named "
              + String.join(", ", sameNames)
              + ": this blueprint's own and the member's copy",
          "rename one of the roles, or let one of them use naming: generated");
      return;
    }
    copy.resources().forEach((id, resource) -> builder.resource(id, resource, where));
    copy.conditions().forEach(builder::condition);
    copy.outputs().forEach(builder::output);
    // By the member's facts, not the resource type: notify.resourceType may name another type.
    boolean registers = !member.compiled().facts().registrations().isEmpty();
    Deployment.singleRegionTopic(member)
        .filter(topic -> registers)
        .ifPresent(topic -> builder.rule(REGISTRATION_RULE, topicRegionRule(topic)));
  }

  /** Every name this template uses so far: parameters, conditions, resources and outputs. */
  private static Set<String> taken(TemplateBuilder builder) {
    Set<String> taken = new TreeSet<>();
    taken.addAll(builder.resources().keySet());
    taken.addAll(builder.conditions().keySet());
    taken.addAll(builder.outputs().keySet());
    taken.addAll(builder.parameters().keySet());
    return taken;
  }

  /**
   * The copy registers this account from this stack's region, which works only in the region of the
   * member's topic: a stack elsewhere with the switch on is refused before anything is created.
   */
  private Map<String, Object> topicRegionRule(SnsTopicArn topic) {
    String parameter = management.parameter();
    Map<String, Object> assertion = new LinkedHashMap<>();
    assertion.put(
        "Assert",
        new Fn.Or(
            List.of(
                new Fn.Equals(Fn.ref(parameter), "false"),
                new Fn.Equals(Fn.ref("AWS::Region"), topic.region()))));
    assertion.put(
        "AssertDescription",
        "With "
            + parameter
            + " true, this account registers with the vendor through an SNS topic in "
            + topic.region()
            + ", which CloudFormation reaches only from a stack in that region. Create the stack"
            + " in "
            + topic.region()
            + ", or set "
            + parameter
            + " to false.");
    return Map.of("Assertions", List.of(assertion));
  }

  /** Fixed role names both this template and the copy would create. */
  private static List<String> sameRoleNames(
      Map<String, Template.Resource> own, Map<String, Template.Resource> copy) {
    Set<Object> names = new HashSet<>();
    own.values().stream()
        .filter(resource -> resource.type().equals("AWS::IAM::Role"))
        .map(resource -> resource.properties().get("RoleName"))
        .filter(name -> name instanceof String)
        .forEach(names::add);
    return copy.values().stream()
        .filter(resource -> resource.type().equals("AWS::IAM::Role"))
        .map(resource -> resource.properties().get("RoleName"))
        .filter(names::contains)
        .map(String::valueOf)
        .sorted()
        .toList();
  }
}

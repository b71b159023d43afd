package dev.onramp.guide;

import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the member accounts get from a stack with an organization fan-out, and how to see it: read
 * from the StackSet resource and the member the compiler recorded ({@link MemberStackSet}).
 */
final class OrganizationNotes {
  private OrganizationNotes() {}

  static List<String> of(
      Template template,
      TemplateFacts facts,
      String stackName,
      String region,
      String vendor,
      ConditionText conditions,
      MemberTrust memberTrust) {
    if (facts.member().isEmpty()) {
      return List.of();
    }
    MemberStackSet member = facts.member().get();
    Template.Resource stackSet = template.resources().get(member.stackSet());
    Map<String, Object> properties = stackSet.properties();
    List<String> notes = new ArrayList<>();
    String name = stackSetName(properties.get("StackSetName"), stackName);
    notes.add(
        "The StackSet "
            + InventoryCells.code(name)
            + " gives every member account "
            + memberText(member)
            + (memberTrust.throughHub()
                ? ", a role that only this stack's hub role "
                    + memberTrust
                        .hubRole()
                        .filter(id -> !id.isEmpty())
                        .map(InventoryCells::code)
                        .orElse("")
                    + " assumes, from inside your organization and without an ExternalId: "
                    + vendor
                    + " reaches the members only through the hub, with your ExternalId."
                : ", a role " + vendor + " assumes with the same ExternalId.")
            + (stackSet.condition() == null
                ? ""
                : " The stack creates the StackSet only when "
                    + conditions.named(stackSet.condition(), true)
                    + "."));
    boolean serviceManaged = "SERVICE_MANAGED".equals(properties.get("PermissionModel"));
    if (serviceManaged) {
      boolean retain =
          properties.get("AutoDeployment") instanceof Map<?, ?> auto
              && Boolean.TRUE.equals(auto.get("RetainStacksOnAccountRemoval"));
      notes.add(
          "It reaches the accounts of the organizational units you list, and accounts that join"
              + " them later. An account that leaves them "
              + (retain ? "keeps" : "loses")
              + " its member stack.");
      notes.add(
          "StackSets never deploy to the management account itself"
              + (member.managementSwitch().isPresent()
                  ? "; set "
                      + InventoryCells.code(member.managementSwitch().get())
                      + " to "
                      + InventoryCells.code("true")
                      + " to create the member role in this account too."
                  : "; this stack's own role covers it."));
    } else {
      notes.add("It reaches the accounts you list, through the StackSet execution role.");
    }
    String callAs =
        "DELEGATED_ADMIN".equals(properties.get("CallAs")) ? " --call-as DELEGATED_ADMIN" : "";
    notes.add(
        "To see every member stack: "
            + InventoryCells.code(
                "aws cloudformation list-stack-instances --region "
                    + region
                    + " --stack-set-name "
                    + name
                    + callAs)
            + "; each instance reaches status "
            + InventoryCells.code("CURRENT")
            + " when its account is connected.");
    return notes;
  }

  /** The name of the StackSet of {@code facts}' member, as the stack names it. */
  static String stackSetNameOf(Template template, TemplateFacts facts, String stackName) {
    Template.Resource stackSet = template.resources().get(facts.member().orElseThrow().stackSet());
    return stackSetName(stackSet.properties().get("StackSetName"), stackName);
  }

  /**
   * {@code --call-as DELEGATED_ADMIN} for a StackSet a delegated administrator runs, else empty.
   */
  static String callAsOf(Template template, TemplateFacts facts) {
    Template.Resource stackSet = template.resources().get(facts.member().orElseThrow().stackSet());
    return "DELEGATED_ADMIN".equals(stackSet.properties().get("CallAs"))
        ? " --call-as DELEGATED_ADMIN"
        : "";
  }

  private static String stackSetName(Object value, String stackName) {
    if (value instanceof Fn.Sub sub) {
      return sub.text().replace("${AWS::StackName}", stackName);
    }
    return value == null ? stackName + "-members" : CanonicalText.of(value);
  }

  private static String memberText(MemberStackSet member) {
    return "the stack of blueprint "
        + InventoryCells.code(member.blueprint())
        + " "
        + InventoryCells.text(member.version())
        + " (SHA-256 "
        + InventoryCells.code(member.sha256())
        + ")";
  }
}

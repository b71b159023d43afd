package dev.onramp.guide;

import dev.onramp.iam.Statement;
import dev.onramp.review.SecretsSent.SentSecret;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import dev.onramp.template.TemplateFacts.PolicySetPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each resource of a stack is for, in a sentence a customer's administrator can check against
 * the console: from what the compiler knows the resource is ({@link TemplateFacts}: a part of the
 * Cost and Usage Report, a policy set, the member StackSet, the registration), else from the
 * resource's own description or type.
 */
final class ResourcePurposes {
  private final TemplateFacts facts;
  private final String vendor;
  private final List<SentSecret> secrets;

  ResourcePurposes(TemplateFacts facts, String vendor, List<SentSecret> secrets) {
    this.facts = facts;
    this.secrets = secrets;
    this.vendor = vendor;
  }

  /** The purpose of resource {@code logicalId}, as Markdown. */
  String of(String logicalId, Template.Resource resource) {
    Map<String, Object> properties = resource.properties();
    Optional<String> costReportPart =
        facts.costReportOf(logicalId).flatMap(report -> costReportPart(report, logicalId));
    if (costReportPart.isPresent()) {
      return costReportPart.get();
    }
    if (facts.member().filter(member -> member.stackSet().equals(logicalId)).isPresent()) {
      return stackSet(properties);
    }
    if (facts.registrations().contains(logicalId)) {
      return CallbackPurpose.of(vendor, logicalId, resource, secrets);
    }
    return switch (resource.type()) {
      case "AWS::IAM::Role" -> role(properties);
      case "AWS::IAM::ManagedPolicy" -> managedPolicy(logicalId, resource);
      case "AWS::CloudFormation::WaitConditionHandle" ->
          "Creates nothing in your account: lets the stack wait for a part that exists only on"
              + " some of your choices, or keeps the stack valid when your choices switch every"
              + " other part off";
      default -> description(properties).orElse(InventoryCells.code(resource.type()));
    };
  }

  /** What a part of the report is for; empty for its function's role, a role like the others. */
  private static Optional<String> costReportPart(CostReportParts report, String logicalId) {
    if (logicalId.equals(report.bucket())) {
      return Optional.of(
          "Bucket that receives the Cost and Usage Report: encrypted, public access blocked,"
              + " kept when the stack is deleted");
    }
    if (logicalId.equals(report.bucketPolicy())) {
      return Optional.of(
          "Lets AWS billing deliver the report to the bucket, from this account only, and refuses"
              + " requests without TLS");
    }
    if (logicalId.equals(report.logGroup())) {
      return Optional.of("Logs of the function, kept for a limited time");
    }
    if (logicalId.equals(report.function())) {
      return Optional.of(
          "Creates, updates and deletes the Cost and Usage Report for the stack; it runs only"
              + " while the stack changes");
    }
    if (logicalId.equals(report.report())) {
      return Optional.of(
          report.createdByFunction()
              ? "The Cost and Usage Report definition, made by the function through the billing"
                  + " API"
              : "The Cost and Usage Report definition");
    }
    return Optional.empty();
  }

  private String role(Map<String, Object> properties) {
    String description = description(properties).orElse("");
    if (trustsService(properties)) {
      return description.isEmpty() ? "Role of the function" : description;
    }
    return description.isEmpty() ? "Role that " + vendor + " assumes" : description;
  }

  private String managedPolicy(String logicalId, Template.Resource resource) {
    String set = facts.policySetOf(logicalId).map(PolicySetPolicy::set).orElse("");
    String roles = rolesOf(resource);
    String head = set.isEmpty() ? "Permissions" : "Permission set " + InventoryCells.code(set);
    return head + (roles.isEmpty() ? "" : " of " + roles);
  }

  private static String stackSet(Map<String, Object> properties) {
    Object model = properties.get("PermissionModel");
    return "SERVICE_MANAGED".equals(model)
        ? "Creates the member stack in every account of the chosen organizational units, and in"
            + " accounts that join them later"
        : "Creates the member stack in the listed accounts";
  }

  /** The logical ids of the roles a managed policy is attached to, as code. */
  static String rolesOf(Template.Resource resource) {
    return String.join(", ", roleIds(resource).stream().map(InventoryCells::code).toList());
  }

  /** The logical ids of the roles a managed policy is attached to. */
  static List<String> roleIds(Template.Resource resource) {
    if (!(resource.properties().get("Roles") instanceof List<?> roles)) {
      return List.of();
    }
    return roles.stream()
        .filter(role -> role instanceof Fn.Ref)
        .map(role -> ((Fn.Ref) role).name())
        .toList();
  }

  /** Whether the role is assumed by an AWS service (a function's role), not by the vendor. */
  static boolean trustsService(Map<String, Object> properties) {
    return Statement.allOf(properties.get("AssumeRolePolicyDocument")).stream()
        .anyMatch(statement -> !statement.principals("Service").isEmpty());
  }

  private static Optional<String> description(Map<String, Object> properties) {
    return properties.get("Description") instanceof String text && !text.isBlank()
        ? Optional.of(InventoryCells.text(text))
        : Optional.empty();
  }
}

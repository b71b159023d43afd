package dev.onramp.guide;

import dev.onramp.iam.Statement;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each resource of a stack is for, in a sentence a customer's administrator can check against
 * the console: from the resource's own description where the compiler wrote one, else from its type
 * and the Onramp metadata the compiler left on it.
 */
final class ResourcePurposes {
  private final Template template;
  private final String vendor;

  ResourcePurposes(Template template, String vendor) {
    this.template = template;
    this.vendor = vendor;
  }

  /** The purpose of resource {@code logicalId}, as Markdown. */
  String of(String logicalId, Template.Resource resource) {
    Map<String, Object> properties = resource.properties();
    return switch (resource.type()) {
      case "AWS::IAM::Role" -> role(properties);
      case "AWS::IAM::ManagedPolicy" -> managedPolicy(resource);
      case "AWS::S3::Bucket" ->
          "Bucket that receives the Cost and Usage Report: encrypted, public access blocked,"
              + " kept when the stack is deleted";
      case "AWS::S3::BucketPolicy" ->
          "Lets AWS billing deliver the report to the bucket, from this account only, and refuses"
              + " requests without TLS";
      case "AWS::Logs::LogGroup" -> "Logs of the function, kept for a limited time";
      case "AWS::Lambda::Function" ->
          "Creates, updates and deletes the Cost and Usage Report for the stack; it runs only"
              + " while the stack changes";
      case "Custom::CostReport" ->
          "The Cost and Usage Report definition, made by the function through the billing API";
      case "AWS::CUR::ReportDefinition", "AWS::BCMDataExports::Export" ->
          "The Cost and Usage Report definition";
      case "AWS::CloudFormation::StackSet" -> stackSet(properties);
      case "Custom::OnrampRegistration" ->
          "Tells "
              + vendor
              + " that the role exists (its ARN, the ExternalId, account, region and stack) when"
              + " the stack is created, updated or deleted";
      default -> description(properties).orElse(InventoryCells.code(resource.type()));
    };
  }

  private String role(Map<String, Object> properties) {
    String description = description(properties).orElse("");
    if (trustsService(properties)) {
      return description.isEmpty() ? "Role of the function" : description;
    }
    return description.isEmpty() ? "Role that " + vendor + " assumes" : description;
  }

  private String managedPolicy(Template.Resource resource) {
    String set = policySetOf(resource);
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

  /** The Onramp policy set a managed policy implements, or empty. */
  static String policySetOf(Template.Resource resource) {
    Object onramp = resource.metadata().get("Onramp");
    if (onramp instanceof Map<?, ?> map && map.get("PolicySet") != null) {
      return map.get("PolicySet").toString();
    }
    return "";
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

  /** The logical id of the template's first resource of {@code type}, or null. */
  static String firstOfType(Template template, String type) {
    return template.resources().entrySet().stream()
        .filter(entry -> entry.getValue().type().equals(type))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
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

package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a customer needs before starting, read from what the stack creates and where it runs. */
final class Prerequisites {
  /** What each resource type asks of the person creating the stack, in a few words. */
  private static final Map<String, String> CREATES =
      Map.of(
          "AWS::IAM::Role", "IAM roles",
          "AWS::IAM::ManagedPolicy", "IAM policies",
          "AWS::S3::Bucket", "an S3 bucket and its policy",
          "AWS::Lambda::Function", "a Lambda function",
          "AWS::Logs::LogGroup", "a CloudWatch Logs log group",
          "AWS::CloudFormation::StackSet", "a CloudFormation StackSet",
          "AWS::CUR::ReportDefinition", "a Cost and Usage Report",
          "AWS::BCMDataExports::Export", "a Cost and Usage Report (Data Exports)");

  private Prerequisites() {}

  static List<String> of(
      Template template, TemplateFacts facts, Blueprint blueprint, String vendor) {
    List<String> bullets = new ArrayList<>();
    Set<String> creates = new LinkedHashSet<>();
    template
        .resources()
        .values()
        .forEach(
            resource -> {
              String what = CREATES.get(resource.type());
              if (what != null) {
                creates.add(what);
              }
            });
    bullets.add(
        "**Access**: a user or role in the AWS account you connect that may create CloudFormation"
            + " stacks"
            + (creates.isEmpty() ? "" : " and " + joined(List.copyOf(creates)))
            + ".");
    if (!template.parameters().containsKey(blueprint.externalId().parameter())) {
      // Derived by the stack, or no role needs one: nothing to ask the customer for.
      TrustNotes.derivedExternalId(blueprint, vendor).ifPresent(bullets::add);
    } else {
      bullets.add(
          "**Your ExternalId** from "
              + vendor
              + ": the link "
              + vendor
              + " gives you fills it in. Do not change it: "
              + vendor
              + " can assume the role only with your ExternalId, which keeps anyone else from"
              + " having "
              + vendor
              + " act on your account.");
    }
    bullets.addAll(TrustNotes.prerequisites(blueprint, vendor));
    facts
        .member()
        .map(member -> template.resources().get(member.stackSet()))
        .ifPresent(stackSet -> bullets.add(organization(stackSet)));
    boolean customReport =
        facts.costReports().stream().anyMatch(CostReportParts::createdByFunction);
    boolean nativeReport =
        facts.costReports().stream().anyMatch(report -> !report.createdByFunction());
    if (customReport) {
      bullets.add(
          "**Cost and Usage Report**: run the stack in the management (payer) account for a report"
              + " of the whole organization. The report is created through the billing API in"
              + " us-east-1 (cn-northwest-1 in China), whatever region the stack is in.");
      ReportAdoption.note(blueprint).ifPresent(bullets::add);
    }
    if (nativeReport) {
      bullets.add(
          "**Region us-east-1**: CloudFormation creates a Cost and Usage Report only in us-east-1;"
              + " a rule of the template stops the stack in any other region before it creates"
              + " anything.");
    }
    if (!blueprint.regions().isEmpty()) {
      bullets.add(
          "**Region**: "
              + vendor
              + " supports "
              + joined(blueprint.regions().stream().map(InventoryCells::code).toList())
              + ".");
    }
    return bullets;
  }

  private static String organization(Template.Resource stackSet) {
    Map<String, Object> properties = stackSet.properties();
    if ("SERVICE_MANAGED".equals(properties.get("PermissionModel"))) {
      boolean delegated = "DELEGATED_ADMIN".equals(properties.get("CallAs"));
      return "**AWS Organizations**: "
          + (delegated
              ? "a delegated administrator account of CloudFormation StackSets"
              : "your organization's management account")
          + ", with trusted access between CloudFormation StackSets and AWS Organizations turned"
          + " on (CloudFormation console, StackSets, *Activate trusted access*).";
    }
    Object execution = properties.get("ExecutionRoleName");
    return "**StackSet roles**: the StackSet administration role in this account and the execution"
        + " role "
        + InventoryCells.code(
            execution == null
                ? "AWSCloudFormationStackSetExecutionRole"
                : CanonicalText.of(execution))
        + " in every account the stack reaches.";
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String joined(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}

package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.guide.GuideView.Capability;
import dev.onramp.guide.GuideView.Launch;
import dev.onramp.guide.GuideView.OutputRow;
import dev.onramp.guide.GuideView.ParameterRow;
import dev.onramp.guide.GuideView.ResourceRow;
import dev.onramp.guide.GuideView.RetainedRow;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.SecretsSent;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a blueprint's {@link GuideView} from what the stack really is: the compiled template (its
 * resources, parameters, outputs and deletion policies), the policy inventory of that template (who
 * may assume what, and every grant), and the blueprint (vendor, regions, publishing).
 */
final class GuideModel {
  private final CompiledTemplate compiled;
  private final Template template;
  private final TemplateFacts facts;
  private final Blueprint blueprint;
  private final PolicyInventory inventory;
  private final String vendor;
  private final ConditionText conditions;
  private final ConditionText memberConditions;
  private final Optional<Template> member;

  private GuideModel(
      CompiledTemplate compiled,
      Blueprint blueprint,
      PolicyInventory inventory,
      Optional<CompiledTemplate> member) {
    this.compiled = compiled;
    this.template = compiled.template();
    this.facts = compiled.facts();
    this.blueprint = blueprint;
    this.inventory = inventory;
    this.vendor = InventoryCells.text(blueprint.vendor().displayName());
    this.conditions = new ConditionText(template.conditions());
    this.memberConditions = new ConditionText(memberConditions(template, member));
    this.member = member.map(CompiledTemplate::template);
  }

  /**
   * The conditions a member's guards may name: the member template's own, and this template's,
   * which switch the StackSet itself on (a switched {@code organization}).
   */
  private static Map<String, Object> memberConditions(
      Template template, Optional<CompiledTemplate> member) {
    Map<String, Object> conditions = new LinkedHashMap<>(template.conditions());
    member.ifPresent(m -> conditions.putAll(m.template().conditions()));
    return conditions;
  }

  static GuideView of(
      CompiledTemplate compiled,
      Blueprint blueprint,
      PolicyInventory inventory,
      Optional<CompiledTemplate> member) {
    return new GuideModel(compiled, blueprint, inventory, member).view();
  }

  private GuideView view() {
    PermissionSection permissions =
        new PermissionSection(template, facts, inventory, conditions, memberConditions);
    LaunchSection launching = new LaunchSection(compiled, blueprint);
    Capability capability = launching.capability();
    Launch launch = launching.launch(capability);
    CustomerOperations operations =
        new CustomerOperations(template, facts, vendor, launch, capability, member);
    List<String> prerequisites =
        new ArrayList<>(Prerequisites.of(template, facts, blueprint, vendor));
    prerequisites.addAll(operations.callbackPrerequisites());
    return new GuideView(
        "Connect your AWS account to " + vendor,
        vendor,
        compiled.name(),
        InventoryCells.text(template.description()),
        InventoryCells.text(compiled.version()),
        ContentHash.sha256Hex(compiled.yamlBytes()),
        prerequisites,
        resources(),
        permissions.trust(),
        permissions.roles(),
        parameters(),
        launch,
        capability,
        outputs(),
        OrganizationNotes.of(
            template,
            facts,
            launch.stackName(),
            launch.region(),
            vendor,
            conditions,
            MemberTrust.of(inventory, template)),
        retained(),
        TrustFlowDiagram.of(
            blueprint.vendor().displayName(),
            blueprint.vendor(),
            facts,
            permissions.diagramRoles(),
            MemberTrust.of(inventory, template),
            registeredRoles()),
        RawResourceNotes.of(template, facts, conditions),
        operations.callback(),
        operations.organizationIds(),
        operations.updating(),
        operations.troubleshooting());
  }

  /** The role each registration reports ({@code RoleArn: !GetAtt Role.Arn}), by registration. */
  private Map<String, String> registeredRoles() {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String id : facts.registrations()) {
      Template.Resource resource = template.resources().get(id);
      if (resource != null && resource.properties().get("RoleArn") instanceof Fn.GetAtt role) {
        roles.put(id, role.resource());
      }
    }
    return roles;
  }

  private List<ResourceRow> resources() {
    ResourcePurposes purposes = new ResourcePurposes(facts, vendor, SecretsSent.in(template));
    List<ResourceRow> rows = new ArrayList<>();
    template
        .resources()
        .forEach(
            (id, resource) ->
                rows.add(
                    new ResourceRow(
                        InventoryCells.code(id),
                        InventoryCells.code(resource.type()),
                        purposes.of(id, resource),
                        resource.condition() == null
                            ? "always"
                            : conditions.named(resource.condition(), true))));
    return rows;
  }

  private List<ParameterRow> parameters() {
    Map<?, ?> labels = interfaceLabels();
    List<ParameterRow> rows = new ArrayList<>();
    template
        .parameters()
        .forEach(
            (name, parameter) -> {
              Object label = labels.get(name) instanceof Map<?, ?> l ? l.get("default") : null;
              String allowed =
                  !parameter.allowedValues().isEmpty()
                      ? String.join(
                          ", ",
                          parameter.allowedValues().stream().map(InventoryCells::code).toList())
                      : parameter.allowedPattern() != null
                          ? "matching " + InventoryCells.code(parameter.allowedPattern())
                          : "any " + InventoryCells.code(parameter.type());
              String defaultValue =
                  parameter.defaultValue() == null
                      ? "none, required"
                      : parameter.defaultValue().isEmpty()
                          ? "empty"
                          : InventoryCells.code(parameter.defaultValue());
              rows.add(
                  new ParameterRow(
                      InventoryCells.code(name),
                      label == null ? "" : InventoryCells.text(CanonicalText.of(label)),
                      defaultValue,
                      allowed,
                      parameter.description() == null
                          ? ""
                          : InventoryCells.text(parameter.description())));
            });
    return rows;
  }

  private Map<?, ?> interfaceLabels() {
    if (template.metadata().get("AWS::CloudFormation::Interface") instanceof Map<?, ?> console
        && console.get("ParameterLabels") instanceof Map<?, ?> labels) {
      return labels;
    }
    return Map.of();
  }

  private List<OutputRow> outputs() {
    List<OutputRow> rows = new ArrayList<>();
    template
        .outputs()
        .forEach(
            (name, output) ->
                rows.add(
                    new OutputRow(
                        InventoryCells.code(name),
                        outputPurpose(output),
                        output.condition() == null
                            ? "always"
                            : conditions.named(output.condition(), true))));
    return rows;
  }

  /** The output's description, and the name other stacks import it by when it is exported. */
  private static String outputPurpose(Template.Output output) {
    String description =
        output.description() == null ? "" : InventoryCells.text(output.description());
    if (output.exportName() == null) {
      return description;
    }
    String export =
        output.exportName() instanceof Fn.Sub sub
            ? sub.text()
            : CanonicalText.of(output.exportName());
    return (description.isEmpty() ? "" : description + " ")
        + "Exported as "
        + InventoryCells.code(export)
        + " for other stacks' Fn::ImportValue.";
  }

  private List<RetainedRow> retained() {
    List<RetainedRow> rows = new ArrayList<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              String policy = resource.deletionPolicy();
              Optional<CostReportParts> report = facts.costReportOf(id);
              boolean reportBucket = report.filter(parts -> parts.bucket().equals(id)).isPresent();
              if (policy != null && policy.startsWith("Retain")) {
                rows.add(
                    new RetainedRow(
                        InventoryCells.code(id),
                        InventoryCells.code(resource.type()),
                        reportBucket
                            ? "It holds your billing data; deleting the stack must not delete it"
                            : "Its deletion policy is " + InventoryCells.code(policy),
                        reportBucket
                            ? "When you no longer need the reports: "
                                + InventoryCells.code(
                                    "aws s3 rm s3://<bucket> --recursive --region "
                                        + LaunchSection.region(blueprint))
                                + ", then "
                                + InventoryCells.code(
                                    "aws s3 rb s3://<bucket> --region "
                                        + LaunchSection.region(blueprint))
                                + "; the bucket's name is the stack output or in the S3 console"
                            : "Delete it in its console when you no longer need it"));
              }
              boolean reportByFunction =
                  report
                      .filter(parts -> parts.report().equals(id) && parts.createdByFunction())
                      .isPresent();
              if (reportByFunction
                  && "true".equals(String.valueOf(resource.properties().get("RetainOnDelete")))) {
                rows.add(
                    new RetainedRow(
                        InventoryCells.code(id),
                        InventoryCells.code(resource.type()),
                        "The report definition is kept on purpose (RetainOnDelete)",
                        "Delete it in the Billing console under Data Exports"));
              }
            });
    return rows;
  }
}

package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.compile.CompiledTemplate;
import dev.onramp.compile.TemplateLimits;
import dev.onramp.guide.GuideView.Capability;
import dev.onramp.guide.GuideView.GrantRow;
import dev.onramp.guide.GuideView.Launch;
import dev.onramp.guide.GuideView.LaunchLink;
import dev.onramp.guide.GuideView.OutputRow;
import dev.onramp.guide.GuideView.ParameterRow;
import dev.onramp.guide.GuideView.PermissionSetRow;
import dev.onramp.guide.GuideView.ResourceRow;
import dev.onramp.guide.GuideView.RetainedRow;
import dev.onramp.guide.GuideView.RoleAccess;
import dev.onramp.guide.GuideView.TrustRow;
import dev.onramp.link.QuickCreateLink;
import dev.onramp.publish.StoredObject;
import dev.onramp.review.Action;
import dev.onramp.review.Effect;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Role;
import dev.onramp.review.Subject;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a blueprint's {@link GuideView} from what the stack really is: the compiled template (its
 * resources, parameters, outputs and deletion policies), the policy inventory of that template (who
 * may assume what, and every grant), and the blueprint (vendor, regions, publishing).
 */
final class GuideModel {
  private final CompiledTemplate compiled;
  private final Template template;
  private final Blueprint blueprint;
  private final PolicyInventory inventory;
  private final String vendor;
  private final ConditionText conditions;
  private final ConditionText memberConditions;

  private GuideModel(
      CompiledTemplate compiled,
      Blueprint blueprint,
      PolicyInventory inventory,
      Optional<CompiledTemplate> member) {
    this.compiled = compiled;
    this.template = compiled.template();
    this.blueprint = blueprint;
    this.inventory = inventory;
    this.vendor = InventoryCells.text(blueprint.vendor().displayName());
    this.conditions = new ConditionText(template.conditions());
    this.memberConditions =
        new ConditionText(member.map(m -> m.template().conditions()).orElse(Map.of()));
  }

  static GuideView of(
      CompiledTemplate compiled,
      Blueprint blueprint,
      PolicyInventory inventory,
      Optional<CompiledTemplate> member) {
    return new GuideModel(compiled, blueprint, inventory, member).view();
  }

  /** The conditions a subject's guards name: the member template's for a member's role. */
  private ConditionText conditionsOf(Subject subject) {
    return subject.scope().isEmpty() ? conditions : memberConditions;
  }

  private GuideView view() {
    List<RoleAccess> roles = roles();
    Capability capability = capability();
    Launch launch = launch(capability);
    return new GuideView(
        "Connect your AWS account to " + vendor,
        vendor,
        compiled.name(),
        InventoryCells.text(template.description()),
        InventoryCells.text(compiled.version()),
        ContentHash.sha256Hex(compiled.yamlBytes()),
        Prerequisites.of(template, blueprint, vendor),
        resources(),
        trust(),
        roles,
        parameters(),
        launch,
        capability,
        outputs(),
        OrganizationNotes.of(template, launch.stackName(), vendor),
        retained(),
        TrustFlowDiagram.of(
            blueprint.vendor().displayName(), blueprint.vendor(), template, diagramRoles()));
  }

  private List<ResourceRow> resources() {
    ResourcePurposes purposes = new ResourcePurposes(template, vendor);
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

  private List<TrustRow> trust() {
    List<TrustRow> rows = new ArrayList<>();
    for (PolicyStatement statement : inventory.statements()) {
      if (statement.kind() != PolicyKind.TRUST) {
        continue;
      }
      rows.add(
          new TrustRow(
              roleName(statement.subject()),
              InventoryCells.principal(statement.principal()),
              InventoryCells.conditions(statement),
              conditionsOf(statement.subject()).when(statement.guard())));
    }
    return rows;
  }

  private List<RoleAccess> roles() {
    List<RoleAccess> all = new ArrayList<>();
    for (Role role : inventory.roles()) {
      Subject subject = role.subject();
      List<PolicyStatement> grants =
          inventory.statementsOf(subject).stream()
              .filter(statement -> statement.kind() == PolicyKind.IDENTITY)
              .toList();
      List<Action> allowed = actions(grants, Effect.ALLOW);
      List<GrantRow> rows =
          grants.stream()
              .map(
                  statement ->
                      new GrantRow(
                          InventoryCells.effect(statement.effect()),
                          InventoryCells.actions(statement.actions()),
                          InventoryCells.resources(statement.resources()),
                          InventoryCells.conditions(statement),
                          conditionsOf(subject).when(statement.guard())))
              .toList();
      List<String> managed =
          inventory.managedPolicies().stream()
              .filter(attachment -> attachment.role().equals(subject))
              .map(
                  attachment ->
                      InventoryCells.code(attachment.policy())
                          + (attachment.awsManaged() ? " (AWS managed)" : "")
                          + ", "
                          + conditionsOf(subject).when(attachment.guard()))
              .toList();
      List<String> boundaries =
          inventory.permissionsBoundaries().stream()
              .filter(boundary -> boundary.role().equals(subject))
              .map(
                  boundary ->
                      InventoryCells.code(boundary.policy())
                          + ", when "
                          + conditionsOf(subject).when(boundary.guard()))
              .toList();
      all.add(
          new RoleAccess(
              roleName(subject),
              allowed.isEmpty()
                  ? "no actions of its own"
                  : InventoryCells.actions(allowed)
                      + (role.guard().isAlways()
                          ? ""
                          : "; the role exists when " + conditionsOf(subject).when(role.guard())),
              subject.scope().isEmpty() ? permissionSets(subject.name()) : List.of(),
              rows,
              managed,
              boundaries,
              InventoryCells.serviceTable(allowed).orElse(List.of())));
    }
    return all;
  }

  private static List<Action> actions(List<PolicyStatement> statements, Effect effect) {
    return statements.stream()
        .filter(statement -> statement.effect() == effect)
        .flatMap(statement -> statement.actions().stream())
        .toList();
  }

  /**
   * The blueprint's policy sets on {@code role}, once each, from the managed policies' metadata.
   */
  private List<PermissionSetRow> permissionSets(String role) {
    Map<String, PermissionSetRow> sets = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              String set = ResourcePurposes.policySetOf(resource);
              if (set.isEmpty()
                  || !ResourcePurposes.rolesOf(resource).contains(InventoryCells.code(role))) {
                return;
              }
              Object description = resource.properties().get("Description");
              Object onramp = resource.metadata().get("Onramp");
              boolean readOnly =
                  onramp instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("ReadOnly"));
              sets.putIfAbsent(
                  set,
                  new PermissionSetRow(
                      InventoryCells.code(set),
                      description instanceof String text ? InventoryCells.text(text) : "",
                      readOnly ? "yes" : "no",
                      resource.condition() == null
                          ? "always"
                          : conditions.named(resource.condition(), true)));
            });
    return List.copyOf(sets.values());
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
                      label == null ? "" : InventoryCells.text(label.toString()),
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

  private Launch launch(Capability capability) {
    String stackName = compiled.name();
    String externalId = blueprint.externalId().parameter();
    PublishingSpec publishing = blueprint.publishing();
    List<LaunchLink> links = new ArrayList<>();
    String templateUrl = null;
    if (publishing != null) {
      String key =
          publishing.keyOf(
              compiled.name(),
              blueprint.metadata().version(),
              ContentHash.sha256Hex(compiled.yamlBytes()));
      for (String region : blueprint.regions()) {
        String bucket = publishing.bucketFor(region).orElse(null);
        if (bucket == null) {
          continue;
        }
        String url =
            new StoredObject(region, bucket, key, StoredObject.YAML, compiled.yamlBytes()).url();
        templateUrl = templateUrl == null ? url : templateUrl;
        links.add(
            new LaunchLink(
                region,
                QuickCreateLink.of(template, region, url).partition().id(),
                QuickCreateLink.of(template, region, url).url(stackName, Map.of())));
      }
    }
    String region = blueprint.regions().isEmpty() ? "<region>" : blueprint.regions().get(0);
    String cli =
        String.join(
            " \\\n",
            List.of(
                "aws cloudformation create-stack --region " + region,
                "  --stack-name " + stackName,
                templateUrl != null
                    ? "  --template-url " + templateUrl
                    : publishing != null
                        ? "  --template-url <the template URL from the link>"
                        : compiled.yamlBytes().length > TemplateLimits.INLINE_BODY_BYTES
                            ? "  --template-url https://<your bucket>.s3."
                                + region
                                + ".amazonaws.com/template.yaml"
                            : "  --template-body file://template.yaml",
                "  --parameters ParameterKey=" + externalId + ",ParameterValue=<your ExternalId>",
                "  --capabilities " + capability.name()));
    return new Launch(publishing != null, links, stackName, externalId, cli);
  }

  private Capability capability() {
    List<String> named = new ArrayList<>();
    List<String> iam = new ArrayList<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (!resource.type().startsWith("AWS::IAM::")) {
                return;
              }
              iam.add(id);
              if (resource.properties().containsKey("RoleName")
                  || resource.properties().containsKey("ManagedPolicyName")) {
                named.add(id);
              }
            });
    if (!named.isEmpty()) {
      return new Capability(
          "CAPABILITY_NAMED_IAM",
          "I acknowledge that AWS CloudFormation might create IAM resources with custom names",
          true,
          named.stream().map(id -> "names " + InventoryCells.code(id)).toList());
    }
    return new Capability(
        "CAPABILITY_IAM",
        "I acknowledge that AWS CloudFormation might create IAM resources",
        false,
        iam.isEmpty()
            ? List.of()
            : List.of(
                "creates " + String.join(", ", iam.stream().map(InventoryCells::code).toList())));
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
                        output.description() == null
                            ? ""
                            : InventoryCells.text(output.description()),
                        output.condition() == null
                            ? "always"
                            : conditions.named(output.condition(), true))));
    return rows;
  }

  private List<RetainedRow> retained() {
    List<RetainedRow> rows = new ArrayList<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              String policy = resource.deletionPolicy();
              if (policy != null && policy.startsWith("Retain")) {
                rows.add(
                    new RetainedRow(
                        InventoryCells.code(id),
                        InventoryCells.code(resource.type()),
                        resource.type().equals("AWS::S3::Bucket")
                            ? "It holds your billing data; deleting the stack must not delete it"
                            : "Its deletion policy is " + InventoryCells.code(policy),
                        resource.type().equals("AWS::S3::Bucket")
                            ? "When you no longer need the reports: "
                                + InventoryCells.code("aws s3 rm s3://<bucket> --recursive")
                                + ", then "
                                + InventoryCells.code("aws s3 rb s3://<bucket>")
                                + "; the bucket's name is the stack output or in the S3 console"
                            : "Delete it in its console when you no longer need it"));
              }
              if (resource.type().equals("Custom::CostReport")
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

  /** The vendor's roles for the diagram: their access levels and whether they read the report. */
  private List<TrustFlowDiagram.VendorRole> diagramRoles() {
    Set<String> serviceRoles = new TreeSet<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (resource.type().equals("AWS::IAM::Role")
                  && ResourcePurposes.trustsService(resource.properties())) {
                serviceRoles.add(id);
              }
            });
    String bucket =
        template.resources().entrySet().stream()
            .filter(entry -> entry.getValue().type().equals("AWS::S3::Bucket"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    List<TrustFlowDiagram.VendorRole> roles = new ArrayList<>();
    for (Role role : inventory.roles()) {
      Subject subject = role.subject();
      if (!subject.scope().isEmpty() || serviceRoles.contains(subject.name())) {
        continue;
      }
      List<PolicyStatement> grants =
          inventory.statementsOf(subject).stream()
              .filter(statement -> statement.kind() == PolicyKind.IDENTITY)
              .toList();
      boolean readsReport =
          bucket != null
              && grants.stream()
                  .flatMap(statement -> statement.resources().stream())
                  .anyMatch(
                      resource ->
                          resource.contains("${" + bucket + "}")
                              || resource.contains("${" + bucket + "."));
      roles.add(
          new TrustFlowDiagram.VendorRole(
              subject.name(),
              InventoryCells.accessLevels(actions(grants, Effect.ALLOW)),
              readsReport));
    }
    return roles;
  }

  private static String roleName(Subject subject) {
    return InventoryCells.code(subject.name())
        + (subject.scope().isEmpty() ? "" : " in each member account");
  }
}

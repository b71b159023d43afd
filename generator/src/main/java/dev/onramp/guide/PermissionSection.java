package dev.onramp.guide;

import dev.onramp.guide.GuideView.GrantRow;
import dev.onramp.guide.GuideView.PermissionSetRow;
import dev.onramp.guide.GuideView.RoleAccess;
import dev.onramp.guide.GuideView.TrustRow;
import dev.onramp.iam.Effect;
import dev.onramp.review.Action;
import dev.onramp.review.Guard;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Role;
import dev.onramp.review.SecretRead;
import dev.onramp.review.Subject;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import dev.onramp.template.TemplateFacts.PolicySetPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The permissions part of a guide, from the policy inventory of the very template: who may assume
 * which role on which conditions, each role's permission sets, grants and actions by service, and
 * the vendor's roles as the diagram draws them. Guards are put in the words of the stack's form.
 */
final class PermissionSection {
  private final Template template;
  private final TemplateFacts facts;
  private final PolicyInventory inventory;
  private final ConditionText conditions;
  private final ConditionText memberConditions;

  PermissionSection(
      Template template,
      TemplateFacts facts,
      PolicyInventory inventory,
      ConditionText conditions,
      ConditionText memberConditions) {
    this.template = template;
    this.facts = facts;
    this.inventory = inventory;
    this.conditions = conditions;
    this.memberConditions = memberConditions;
  }

  /** The conditions a subject's guards name: the member template's for a member's role. */
  private ConditionText conditionsOf(Subject subject) {
    return subject.scope().isEmpty() ? conditions : memberConditions;
  }

  List<TrustRow> trust() {
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

  List<RoleAccess> roles() {
    List<RoleAccess> all = new ArrayList<>();
    List<Role> subjects = new ArrayList<>(inventory.roles());
    subjects.addAll(existingRoles());
    for (Role role : subjects) {
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
                          + (attachment.expanded()
                              ? " (AWS managed; its statements are counted in the grants above)"
                              : attachment.awsManaged() ? " (AWS managed)" : "")
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
                          : "; the role exists when " + conditionsOf(subject).when(role.guard()))
                      + (subject.type() == Subject.Type.EXTERNAL_ROLE
                          ? ", added to what your role already may. The stack does not change who"
                              + " may assume it: its own trust policy decides"
                          : ""),
              subject.scope().isEmpty() ? permissionSets(subject) : List.of(),
              rows,
              managed,
              boundaries,
              InventoryCells.serviceTable(allowed).orElse(List.of()),
              secretReads(subject, grants)));
    }
    return all;
  }

  /**
   * The role's reads of configuration that often holds secrets, one line each: the action, what it
   * can reveal, and where and when when that is not everywhere and always.
   */
  private List<String> secretReads(Subject subject, List<PolicyStatement> grants) {
    List<String> lines = new ArrayList<>();
    for (SecretRead read : inventory.secretReads()) {
      PolicyStatement statement = read.statement();
      if (!grants.contains(statement)) {
        continue;
      }
      lines.add(
          InventoryCells.code(read.action().name())
              + ": "
              + InventoryCells.text(read.reveals())
              + (statement.resources().equals(List.of("*"))
                  ? ""
                  : ", on " + InventoryCells.resources(statement.resources()))
              + (statement.guard().isAlways()
                  ? ""
                  : ", when " + conditionsOf(subject).when(statement.guard())));
    }
    return lines;
  }

  private static List<Action> actions(List<PolicyStatement> statements, Effect effect) {
    return statements.stream()
        .filter(statement -> statement.effect() == effect)
        .flatMap(statement -> statement.actions().stream())
        .toList();
  }

  /**
   * The customer's existing roles the stack attaches policies to (named by a parameter, not defined
   * in the template), each shown like a role of the stack.
   */
  private List<Role> existingRoles() {
    Set<Subject> named = new TreeSet<>();
    for (PolicyStatement statement : inventory.statements()) {
      if (statement.kind() == PolicyKind.IDENTITY
          && statement.subject().type() == Subject.Type.EXTERNAL_ROLE) {
        named.add(statement.subject());
      }
    }
    return named.stream().map(subject -> new Role(subject, Guard.ALWAYS)).toList();
  }

  /** The blueprint's policy sets on {@code role}, once each, from what the compiler recorded. */
  private List<PermissionSetRow> permissionSets(Subject role) {
    Map<String, PermissionSetRow> sets = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              Optional<PolicySetPolicy> policySet =
                  facts
                      .policySetOf(id)
                      .filter(
                          policy ->
                              role.type() == Subject.Type.EXTERNAL_ROLE
                                  ? ResourcePurposes.roleIds(resource).stream()
                                      .anyMatch(name -> role.name().equals("${" + name + "}"))
                                  : policy.role().equals(role.name()));
              if (policySet.isEmpty()) {
                return;
              }
              String set = policySet.get().set();
              Object description = resource.properties().get("Description");
              sets.putIfAbsent(
                  set,
                  new PermissionSetRow(
                      InventoryCells.code(set),
                      description instanceof String text ? InventoryCells.text(text) : "",
                      policySet.get().readOnly() ? "yes" : "no",
                      resource.condition() == null
                          ? "always"
                          : conditions.named(resource.condition(), true)));
            });
    return List.copyOf(sets.values());
  }

  /** The vendor's roles for the diagram: their access levels and whether they read the report. */
  List<TrustFlowDiagram.VendorRole> diagramRoles() {
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
    String bucket = facts.costReport().map(CostReportParts::bucket).orElse(null);
    List<TrustFlowDiagram.VendorRole> roles = new ArrayList<>();
    for (Role role : inventory.roles()) {
      Subject subject = role.subject();
      if (!subject.scope().isEmpty() || serviceRoles.contains(subject.name())) {
        continue;
      }
      Template.Resource roleResource = template.resources().get(subject.name());
      RoleTrustKind trust =
          roleResource == null
              ? new RoleTrustKind(true, Optional.empty())
              : RoleTrustKind.of(roleResource.properties());
      if (!trust.vendor() && trust.assumedFrom().isEmpty()) {
        continue; // the customer's own principals or the organization's hub, never the vendor
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
              readsReport,
              trust.vendor() ? null : trust.assumedFrom().orElseThrow()));
    }
    return roles;
  }

  private static String roleName(Subject subject) {
    return InventoryCells.code(subject.name())
        + (subject.type() == Subject.Type.EXTERNAL_ROLE
            ? " (your existing role, named by that parameter)"
            : "")
        + (subject.scope().isEmpty() ? "" : " in each member account");
  }
}

package dev.onramp.review.report;

import dev.onramp.iam.Effect;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Role;
import dev.onramp.review.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The inventory as Markdown: who can assume which role, then each role's grants, then the resource
 * policies, then what the review could not look into. Tables and plain Markdown only, no HTML, so
 * that it reads the same in a pull request, on GitHub's file view and in a terminal.
 */
final class InventoryMarkdown {
  private final PolicyInventory inventory;
  private final List<String> blocks = new ArrayList<>();

  private InventoryMarkdown(PolicyInventory inventory) {
    this.inventory = inventory;
  }

  static String render(String blueprint, String version, PolicyInventory inventory) {
    InventoryMarkdown markdown = new InventoryMarkdown(inventory);
    markdown.blocks.add(
        "# Permissions of "
            + Markdown.code(blueprint)
            + (version == null || version.isEmpty() ? "" : " " + Markdown.text(version)));
    markdown.summary();
    markdown.whoCanAssume();
    identitySubjects(inventory)
        .forEach(subject -> markdown.blocks.addAll(SubjectSection.render(subject, inventory)));
    markdown.resourcePolicies();
    markdown.blocks.addAll(NotReviewed.render(inventory));
    return String.join("\n\n", markdown.blocks) + "\n";
  }

  private void summary() {
    long roles = roleSubjects().filter(s -> s.type() == Subject.Type.ROLE).count();
    long usersAndGroups = roleSubjects().count() - roles;
    blocks.add(
        "Roles: "
            + roles
            + (usersAndGroups == 0 ? "" : " · Users and groups: " + usersAndGroups)
            + " · Resource policies: "
            + resourceSubjects().size()
            + " · Managed policies attached by ARN: "
            + inventory.managedPolicies().size()
            + " · Not reviewed: "
            + (inventory.unknownActionPatterns().size() + inventory.unreviewed().size())
            + " · Reads of configuration that often holds secrets: "
            + inventory.secretReads().size());
  }

  /** The roles, users and groups the template defines, each once. */
  private Stream<Subject> roleSubjects() {
    return inventory.roles().stream().map(Role::subject).distinct();
  }

  /** One row per trust statement, and a row for a role whose trust policy names nobody. */
  private void whoCanAssume() {
    blocks.add("## Who can assume what");
    Table table = new Table("Role", "Principal", "Actions", "Conditions", "Template condition");
    Set<Subject> trusted = new TreeSet<>();
    for (PolicyStatement statement : inventory.statements()) {
      if (statement.kind() == PolicyKind.TRUST) {
        trusted.add(statement.subject());
        table.row(
            Cells.name(statement.subject()),
            Cells.principal(statement.principal()),
            (statement.effect() == Effect.DENY ? "**Deny** " : "")
                + new ActionCounts(statement.actions()).summary(),
            Cells.conditions(statement),
            Cells.guard(statement.guard()));
      }
    }
    for (Role role : inventory.roles()) {
      // A user or group of the template is not assumed: it has no trust policy to show.
      if (role.subject().type() == Subject.Type.ROLE && trusted.add(role.subject())) {
        table.row(Cells.name(role.subject()), "nobody: no trust statement", "", "", "");
      }
    }
    blocks.add(
        table.isEmpty() ? "No role can be assumed: the template defines none." : table.render());
  }

  private void resourcePolicies() {
    Set<Subject> subjects = resourceSubjects();
    if (subjects.isEmpty()) {
      return;
    }
    blocks.add("## Resource policies");
    for (Subject subject : subjects) {
      blocks.add("### " + Cells.subject(subject));
      List<PolicyStatement> statements = inventory.statementsOf(subject);
      blocks.add(GrantTable.render(statements, true));
      blocks.addAll(
          SecretReadTable.render(
              inventory.secretReads().stream()
                  .filter(read -> statements.contains(read.statement()))
                  .toList(),
              true));
    }
  }

  private Set<Subject> resourceSubjects() {
    Set<Subject> subjects = new TreeSet<>();
    inventory.statements().stream()
        .filter(statement -> statement.kind() == PolicyKind.RESOURCE)
        .forEach(statement -> subjects.add(statement.subject()));
    return subjects;
  }

  /**
   * The roles the template defines, and whatever else its identity policies, managed policies or
   * boundaries are attached to (a role, user or group only named, an unattached managed policy).
   */
  private static Set<Subject> identitySubjects(PolicyInventory inventory) {
    Set<Subject> subjects = new TreeSet<>();
    inventory.roles().forEach(role -> subjects.add(role.subject()));
    inventory.statements().stream()
        .filter(statement -> statement.kind() == PolicyKind.IDENTITY)
        .forEach(statement -> subjects.add(statement.subject()));
    inventory.managedPolicies().forEach(attachment -> subjects.add(attachment.role()));
    inventory.permissionsBoundaries().forEach(boundary -> subjects.add(boundary.role()));
    return subjects;
  }
}

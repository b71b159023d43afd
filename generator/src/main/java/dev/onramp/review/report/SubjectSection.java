package dev.onramp.review.report;

import dev.onramp.iam.Effect;
import dev.onramp.review.Action;
import dev.onramp.review.Guard;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Role;
import dev.onramp.review.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Markdown section of one role (or user, group, unattached managed policy): when it exists, its
 * permissions boundary and managed policies, its grants with their resource scopes, and its actions
 * counted by service and access level.
 */
final class SubjectSection {
  private final Subject subject;
  private final PolicyInventory inventory;
  private final List<PolicyStatement> statements;
  private final List<String> blocks = new ArrayList<>();

  private SubjectSection(Subject subject, PolicyInventory inventory) {
    this.subject = subject;
    this.inventory = inventory;
    this.statements =
        inventory.statementsOf(subject).stream()
            .filter(statement -> statement.kind() == PolicyKind.IDENTITY)
            .toList();
  }

  /** The section's Markdown blocks, to be separated by blank lines. */
  static List<String> render(Subject subject, PolicyInventory inventory) {
    SubjectSection section = new SubjectSection(subject, inventory);
    section.blocks.add("## " + Cells.subject(subject));
    section.facts();
    section.grants();
    section.blocks.addAll(
        SecretReadTable.render(
            inventory.secretReads().stream()
                .filter(read -> section.statements.contains(read.statement()))
                .toList(),
            false));
    section.actions(Effect.ALLOW, "Allowed");
    section.actions(Effect.DENY, "Denied");
    return section.blocks;
  }

  /** When the role exists, its boundary, and the managed policies it gets by ARN. */
  private void facts() {
    List<String> lines = new ArrayList<>();
    List<Role> definitions =
        inventory.roles().stream().filter(role -> role.subject().equals(subject)).toList();
    if (subject.type() == Subject.Type.MANAGED_POLICY) {
      lines.add("- Attached to nothing in this template: it grants the below once attached.");
    } else if (definitions.isEmpty()) {
      lines.add("- Not defined in this template: the policies below name it to attach to.");
    } else if (definitions.stream().noneMatch(role -> role.guard().isAlways())) {
      lines.add(
          "- Exists when "
              + definitions.stream()
                  .map(role -> Cells.guard(role.guard()))
                  .collect(Collectors.joining(" or ")));
    }
    inventory.permissionsBoundaries().stream()
        .filter(boundary -> boundary.role().equals(subject))
        .forEach(
            boundary ->
                lines.add(
                    "- Permissions boundary "
                        + Markdown.code(boundary.policy())
                        + when(boundary.guard())));
    inventory.managedPolicies().stream()
        .filter(attachment -> attachment.role().equals(subject))
        .forEach(
            attachment ->
                lines.add(
                    "- Managed policy attached: "
                        + (attachment.awsManaged() ? "AWS managed " : "")
                        + Markdown.code(attachment.policy())
                        + when(attachment.guard())
                        + (attachment.expanded()
                            ? " (its statements are read into the grants below)"
                            : " (its content is not reviewed)")));
    if (!lines.isEmpty()) {
      blocks.add(String.join("\n", lines));
    }
  }

  private static String when(Guard guard) {
    return guard.isAlways() ? "" : ", when " + Cells.guard(guard);
  }

  /** The resource scopes: which actions on {@code *}, which on named resources, and when. */
  private void grants() {
    blocks.add("### Grants");
    blocks.add(
        statements.isEmpty()
            ? "No policy of the template grants it anything."
            : GrantTable.render(statements, false));
  }

  /** Every action of {@code effect}, whatever its scope, counted by service and level. */
  private void actions(Effect effect, String verb) {
    List<Action> actions =
        statements.stream()
            .filter(statement -> statement.effect() == effect)
            .flatMap(statement -> statement.actions().stream())
            .toList();
    ServiceTable.render(actions)
        .ifPresent(
            table -> {
              blocks.add("### " + verb + " actions by service and access level");
              blocks.addAll(table);
            });
  }
}

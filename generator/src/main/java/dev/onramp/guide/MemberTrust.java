package dev.onramp.guide;

import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * Whom the member accounts' roles trust: the vendor with the ExternalId (as always), or a hub role
 * of this stack (hub and spoke), which the guide then draws and names instead.
 *
 * @param hubRole the logical id of this stack's hub role, when members trust it
 */
record MemberTrust(Optional<String> hubRole) {
  private static final String EXTERNAL_ID = "sts:externalid";

  /** Members trust the vendor unless every member trust statement is without the ExternalId. */
  static MemberTrust of(PolicyInventory inventory, Template template) {
    List<PolicyStatement> memberTrust =
        inventory.statements().stream()
            .filter(statement -> statement.kind() == PolicyKind.TRUST)
            .filter(statement -> !statement.subject().scope().isEmpty())
            .toList();
    if (memberTrust.isEmpty()
        || memberTrust.stream().anyMatch(s -> s.conditions().tests(EXTERNAL_ID))) {
      return new MemberTrust(Optional.empty());
    }
    String principal = memberTrust.get(0).principal().value();
    String roleName = principal.substring(principal.lastIndexOf('/') + 1);
    return new MemberTrust(
        template.resources().entrySet().stream()
            .filter(entry -> entry.getValue().type().equals("AWS::IAM::Role"))
            .filter(entry -> roleName.equals(entry.getValue().properties().get("RoleName")))
            .map(java.util.Map.Entry::getKey)
            .findFirst()
            .or(() -> Optional.of("")));
  }

  /** Whether the members' roles trust the hub rather than the vendor. */
  boolean throughHub() {
    return hubRole.isPresent();
  }
}

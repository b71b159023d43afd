package dev.onramp.guide;

import dev.onramp.iam.Statement;
import dev.onramp.template.Fn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a role of the template lets in, as the guide's diagram draws it: the vendor (with the
 * ExternalId), another role of the stack, or principals that are not the vendor's at all (AWS
 * services, the customer's own account, the organization's hub).
 *
 * @param vendor whether a statement requires the ExternalId, the mark of the vendor's trust
 * @param assumedFrom the role of this stack whose sessions may assume it, if any
 */
record RoleTrustKind(boolean vendor, Optional<String> assumedFrom) {

  static RoleTrustKind of(Map<String, Object> roleProperties) {
    List<Statement> statements = Statement.allOf(roleProperties.get("AssumeRolePolicyDocument"));
    boolean vendor =
        statements.stream()
            .anyMatch(
                statement ->
                    statement.conditionValue("StringEquals", "sts:ExternalId").isPresent());
    Optional<String> from =
        statements.stream()
            .flatMap(statement -> statement.principals("AWS").stream())
            .filter(
                principal ->
                    principal instanceof Fn.GetAtt getAtt && getAtt.attribute().equals("Arn"))
            .map(principal -> ((Fn.GetAtt) principal).resource())
            .findFirst();
    return new RoleTrustKind(vendor, from);
  }
}

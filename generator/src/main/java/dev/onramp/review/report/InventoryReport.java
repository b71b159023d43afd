package dev.onramp.review.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.output.ReportText;
import dev.onramp.review.ManagedPolicyAttachment;
import dev.onramp.review.PermissionsBoundary;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Role;
import dev.onramp.review.SecretRead;
import dev.onramp.review.Unreviewed;

/**
 * One blueprint's inventory, for security reviewers: Markdown to read ({@link #markdown}) and JSON
 * with every action listed ({@link #json}).
 *
 * <p>The JSON mirrors {@link PolicyInventory}, in its order:
 *
 * <pre>
 * {
 *   "reportVersion": 1,                      bumped only when a key changes meaning or goes away
 *   "blueprint": "acme-portal",
 *   "version": "1.2.0",                      null when unknown
 *   "roles": [{"subject": SUBJECT, "templateCondition": GUARD}],
 *   "statements": [
 *     {
 *       "subject": SUBJECT,                  {"scope": "", "type": "role", "name": "FinOpsRole"}
 *       "policy": "trust",                   trust | identity | resource
 *       "effect": "allow",                   allow | deny
 *       "principal": {"type": "AWS", "value": "arn:…:root", "excluded": false},  null: identity
 *       "resources": ["*"],                  empty for a trust policy
 *       "conditions": [{"operator": "StringEquals", "key": "sts:externalid", "values": ["…"]}],
 *       "templateCondition": GUARD,          [{"condition": "HasX", "holds": true}], [] = always
 *       "actions": [{"name": "s3:GetObject", "accessLevels": ["Read"], "known": true}]
 *     }
 *   ],
 *   "configurationSecrets": [              allowed reads of configuration that often holds secrets
 *     {"subject": SUBJECT, "policy": "identity", "principal": null, "action": "lambda:ListFunctions",
 *      "reveals": "environment variables of Lambda functions", "resources": ["*"],
 *      "templateCondition": GUARD}
 *   ],
 *   "managedPolicies": [{"role": SUBJECT, "policy": "ReadOnlyAccess", "awsManaged": true,
 *                        "templateCondition": GUARD, "expanded": true}],   expanded: its statements
 *                                                 are among the role's above (AWS managed, known)
 *   "permissionsBoundaries": [{"role": SUBJECT, "policy": "arn:…", "templateCondition": GUARD}],
 *   "unknownActionPatterns": ["s3:getobjekt"],
 *   "notReviewed": [{"scope": "", "logicalId": "MemberStackSet", "detail": "member template at …"}]
 * }
 * </pre>
 */
public final class InventoryReport {
  /** The version of the JSON shape above. */
  public static final int REPORT_VERSION = 1;

  private InventoryReport() {}

  /** The inventory as Markdown with a final newline; {@code version} may be empty or null. */
  public static String markdown(String blueprint, String version, PolicyInventory inventory) {
    return InventoryMarkdown.render(blueprint, version, inventory);
  }

  /** The inventory as pretty-printed JSON with LF line ends and a final newline. */
  public static String json(String blueprint, String version, PolicyInventory inventory) {
    ObjectNode root = JsonNodes.NODES.objectNode();
    root.put("reportVersion", REPORT_VERSION);
    root.put("blueprint", blueprint);
    root.put("version", version == null || version.isEmpty() ? null : version);
    ArrayNode roles = root.putArray("roles");
    for (Role role : inventory.roles()) {
      ObjectNode node = roles.addObject();
      node.set("subject", JsonNodes.subject(role.subject()));
      node.set("templateCondition", JsonNodes.guard(role.guard()));
    }
    ArrayNode statements = root.putArray("statements");
    inventory.statements().forEach(statement -> statements.add(statement(statement)));
    ArrayNode secrets = root.putArray("configurationSecrets");
    for (SecretRead read : inventory.secretReads()) {
      ObjectNode node = secrets.addObject();
      node.set("subject", JsonNodes.subject(read.statement().subject()));
      node.put("policy", Labels.kebab(read.statement().kind()));
      node.set("principal", JsonNodes.principal(read.statement().principal()));
      node.put("action", read.action().name());
      node.put("reveals", read.reveals());
      JsonNodes.strings(node.putArray("resources"), read.statement().resources());
      node.set("templateCondition", JsonNodes.guard(read.statement().guard()));
    }
    ArrayNode managed = root.putArray("managedPolicies");
    for (ManagedPolicyAttachment attachment : inventory.managedPolicies()) {
      ObjectNode node = managed.addObject();
      node.set("role", JsonNodes.subject(attachment.role()));
      node.put("policy", attachment.policy());
      node.put("awsManaged", attachment.awsManaged());
      node.set("templateCondition", JsonNodes.guard(attachment.guard()));
      node.put("expanded", attachment.expanded());
    }
    ArrayNode boundaries = root.putArray("permissionsBoundaries");
    for (PermissionsBoundary boundary : inventory.permissionsBoundaries()) {
      ObjectNode node = boundaries.addObject();
      node.set("role", JsonNodes.subject(boundary.role()));
      node.put("policy", boundary.policy());
      node.set("templateCondition", JsonNodes.guard(boundary.guard()));
    }
    JsonNodes.strings(root.putArray("unknownActionPatterns"), inventory.unknownActionPatterns());
    ArrayNode unreviewed = root.putArray("notReviewed");
    for (Unreviewed item : inventory.unreviewed()) {
      ObjectNode node = unreviewed.addObject();
      node.put("scope", item.scope());
      node.put("logicalId", item.logicalId());
      node.put("detail", item.detail());
    }
    return ReportText.json(root);
  }

  private static ObjectNode statement(PolicyStatement statement) {
    ObjectNode node = JsonNodes.NODES.objectNode();
    node.set("subject", JsonNodes.subject(statement.subject()));
    node.put("policy", Labels.kebab(statement.kind()));
    node.put("effect", Labels.kebab(statement.effect()));
    node.set("principal", JsonNodes.principal(statement.principal()));
    JsonNodes.strings(node.putArray("resources"), statement.resources());
    node.set("conditions", JsonNodes.conditions(statement.conditions()));
    node.set("templateCondition", JsonNodes.guard(statement.guard()));
    node.set("actions", JsonNodes.actions(statement.actions()));
    return node;
  }
}

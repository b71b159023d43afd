package dev.onramp.review.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.iam.AccessLevel;
import dev.onramp.review.Action;
import dev.onramp.review.Condition;
import dev.onramp.review.ConditionSet;
import dev.onramp.review.Guard;
import dev.onramp.review.Principal;
import dev.onramp.review.Subject;
import java.util.List;

/**
 * The JSON shapes the inventory and the diff share, so that a script reads a subject, a principal
 * or an action the same way in both. Keys are always present in the order written here; enum values
 * are kebab case ({@code external-role}).
 */
final class JsonNodes {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNodes() {}

  /** {@code {"scope": "", "type": "role", "name": "FinOpsRole"}}. */
  static ObjectNode subject(Subject subject) {
    ObjectNode node = NODES.objectNode();
    node.put("scope", subject.scope());
    node.put("type", Labels.kebab(subject.type()));
    node.put("name", subject.name());
    return node;
  }

  /** {@code {"type": "AWS", "value": "arn:…", "excluded": false}}, or null for none. */
  static ObjectNode principal(Principal principal) {
    if (principal.isNone()) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    node.put("type", principal.type());
    node.put("value", principal.value());
    node.put("excluded", principal.excluded());
    return node;
  }

  /** {@code [{"operator": "StringEquals", "key": "sts:externalid", "values": ["…"]}]}. */
  static ArrayNode conditions(ConditionSet conditions) {
    ArrayNode array = NODES.arrayNode();
    for (Condition condition : conditions.conditions()) {
      ObjectNode node = array.addObject();
      node.put("operator", condition.operator());
      node.put("key", condition.key());
      strings(node.putArray("values"), condition.values());
    }
    return array;
  }

  /**
   * The template conditions that must hold, {@code [{"condition": "IsChina", "holds": false}]};
   * empty for always.
   */
  static ArrayNode guard(Guard guard) {
    ArrayNode array = NODES.arrayNode();
    for (Guard.Literal literal : guard.literals()) {
      ObjectNode node = array.addObject();
      node.put("condition", literal.condition());
      node.put("holds", literal.holds());
    }
    return array;
  }

  /**
   * {@code [{"name": "s3:GetObject", "accessLevels": ["Read"], "known": true}]}: every action, the
   * levels in {@link Labels#LEVELS} order; an action the catalog does not know has none.
   */
  static ArrayNode actions(List<Action> actions) {
    ArrayNode array = NODES.arrayNode();
    for (Action action : actions) {
      ObjectNode node = array.addObject();
      node.put("name", action.name());
      ArrayNode levels = node.putArray("accessLevels");
      for (AccessLevel level : Labels.LEVELS) {
        if (action.levels().contains(level)) {
          levels.add(level.label());
        }
      }
      node.put("known", action.known());
    }
    return array;
  }

  static ArrayNode strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
    return array;
  }
}

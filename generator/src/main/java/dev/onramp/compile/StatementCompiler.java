package dev.onramp.compile;

import dev.onramp.blueprint.model.StatementSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a blueprint statement into an IAM statement with partition-aware ARNs. */
final class StatementCompiler {
  private final Set<String> parameters;

  StatementCompiler(Set<String> parameters) {
    this.parameters = parameters;
  }

  /** The statement, or its copy with {@code actions} in place of its own (for splitting). */
  Map<String, Object> compile(StatementSpec statement, String sid, List<String> actions) {
    Map<String, Object> node = new LinkedHashMap<>();
    if (!sid.isEmpty()) {
      node.put("Sid", sid);
    }
    node.put("Effect", statement.effect().label());
    if (!statement.action().isEmpty()) {
      node.put("Action", oneOrMany(actions));
    }
    if (!statement.notAction().isEmpty()) {
      node.put("NotAction", oneOrMany(statement.notAction()));
    }
    if (!statement.resource().isEmpty()) {
      node.put("Resource", partitioned(statement.resource()));
    }
    if (!statement.notResource().isEmpty()) {
      node.put("NotResource", partitioned(statement.notResource()));
    }
    if (!statement.condition().isEmpty()) {
      node.put("Condition", condition(statement.condition()));
    }
    return node;
  }

  private Object partitioned(List<String> values) {
    List<Object> converted =
        values.stream().map(value -> PartitionAwareText.of(value, parameters)).toList();
    return converted.size() == 1 ? converted.get(0) : converted;
  }

  private Map<String, Object> condition(Map<String, Map<String, Object>> condition) {
    Map<String, Object> operators = new LinkedHashMap<>();
    condition.forEach(
        (operator, keys) -> {
          Map<String, Object> values = new LinkedHashMap<>();
          keys.forEach((key, value) -> values.put(key, conditionValue(value)));
          operators.put(operator, values);
        });
    return operators;
  }

  private Object conditionValue(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(this::conditionValue).toList();
    }
    if (value instanceof String text) {
      return PartitionAwareText.of(text, parameters);
    }
    return value;
  }

  private static Object oneOrMany(List<String> values) {
    return values.size() == 1 ? values.get(0) : values;
  }
}

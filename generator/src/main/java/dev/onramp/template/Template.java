package dev.onramp.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation template as typed values. Section and entry order is the order the compiler
 * chose, which is deterministic; the writers never reorder.
 */
public record Template(
    String description,
    Map<String, Object> metadata,
    Map<String, Parameter> parameters,
    Map<String, Object> rules,
    Map<String, Object> conditions,
    Map<String, Resource> resources,
    Map<String, Output> outputs,
    Map<String, Object> mappings) {

  public static final String FORMAT_VERSION = "2010-09-09";

  /**
   * A template without a {@code Mappings} section, as Onramp builds them: only templates read from
   * elsewhere (a review's sides) have one, for {@code Fn::FindInMap} to be resolved in policies.
   */
  public Template(
      String description,
      Map<String, Object> metadata,
      Map<String, Parameter> parameters,
      Map<String, Object> rules,
      Map<String, Object> conditions,
      Map<String, Resource> resources,
      Map<String, Output> outputs) {
    this(description, metadata, parameters, rules, conditions, resources, outputs, Map.of());
  }

  public Template {
    mappings = frozen(mappings);
    metadata = frozen(metadata);
    parameters = frozen(parameters);
    rules = frozen(rules);
    conditions = frozen(conditions);
    resources = frozen(resources);
    outputs = frozen(outputs);
  }

  private static <V> Map<String, V> frozen(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A template parameter; empty or null fields are left out of the output. */
  public record Parameter(
      String type,
      String description,
      String defaultValue,
      List<String> allowedValues,
      String allowedPattern,
      String constraintDescription,
      boolean noEcho,
      Integer minLength,
      Integer maxLength) {
    public Parameter {
      allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }
  }

  /** A resource with its optional condition, dependencies and policies. */
  public record Resource(
      String type,
      String condition,
      List<String> dependsOn,
      String deletionPolicy,
      String updateReplacePolicy,
      Map<String, Object> metadata,
      Map<String, Object> properties) {
    public Resource {
      dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
      metadata = frozen(metadata == null ? Map.of() : metadata);
      properties = frozen(properties);
    }

    public static Resource of(String type, Map<String, Object> properties) {
      return new Resource(type, null, List.of(), null, null, Map.of(), properties);
    }

    public Resource withMetadata(Map<String, Object> newMetadata) {
      return new Resource(
          type, condition, dependsOn, deletionPolicy, updateReplacePolicy, newMetadata, properties);
    }

    public Resource withProperties(Map<String, Object> newProperties) {
      return new Resource(
          type, condition, dependsOn, deletionPolicy, updateReplacePolicy, metadata, newProperties);
    }

    public Resource withCondition(String conditionName) {
      return new Resource(
          type,
          conditionName,
          dependsOn,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          properties);
    }
  }

  /** A stack output. */
  public record Output(String description, Object value, String condition, Object exportName) {}
}

package dev.onramp.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link Template} out as the ordered tree both writers print: maps, lists, strings,
 * numbers, booleans and {@link Fn}s, sections in CloudFormation's customary order, empty parts left
 * out.
 */
public final class TemplateTree {
  private TemplateTree() {}

  public static Map<String, Object> of(Template template) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("AWSTemplateFormatVersion", Template.FORMAT_VERSION);
    putIfPresent(root, "Description", template.description());
    putIfNotEmpty(root, "Metadata", template.metadata());
    Map<String, Object> parameters = new LinkedHashMap<>();
    template.parameters().forEach((name, parameter) -> parameters.put(name, parameter(parameter)));
    putIfNotEmpty(root, "Parameters", parameters);
    putIfNotEmpty(root, "Rules", template.rules());
    putIfNotEmpty(root, "Conditions", template.conditions());
    Map<String, Object> resources = new LinkedHashMap<>();
    template.resources().forEach((name, resource) -> resources.put(name, resource(resource)));
    root.put("Resources", resources);
    Map<String, Object> outputs = new LinkedHashMap<>();
    template.outputs().forEach((name, output) -> outputs.put(name, output(output)));
    putIfNotEmpty(root, "Outputs", outputs);
    return root;
  }

  private static Map<String, Object> parameter(Template.Parameter parameter) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("Type", parameter.type());
    putIfPresent(node, "Description", parameter.description());
    // An empty default is a real one: without it the parameter must be given a value.
    if (parameter.defaultValue() != null) {
      node.put("Default", parameter.defaultValue());
    }
    if (!parameter.allowedValues().isEmpty()) {
      node.put("AllowedValues", parameter.allowedValues());
    }
    putIfPresent(node, "AllowedPattern", parameter.allowedPattern());
    putIfPresent(node, "ConstraintDescription", parameter.constraintDescription());
    if (parameter.minLength() != null) {
      node.put("MinLength", parameter.minLength());
    }
    if (parameter.maxLength() != null) {
      node.put("MaxLength", parameter.maxLength());
    }
    if (parameter.noEcho()) {
      node.put("NoEcho", true);
    }
    return node;
  }

  private static Map<String, Object> resource(Template.Resource resource) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("Type", resource.type());
    putIfPresent(node, "Condition", resource.condition());
    if (!resource.dependsOn().isEmpty()) {
      node.put("DependsOn", resource.dependsOn());
    }
    putIfPresent(node, "DeletionPolicy", resource.deletionPolicy());
    putIfPresent(node, "UpdateReplacePolicy", resource.updateReplacePolicy());
    putIfNotEmpty(node, "Metadata", resource.metadata());
    putIfNotEmpty(node, "Properties", resource.properties());
    return node;
  }

  private static Map<String, Object> output(Template.Output output) {
    Map<String, Object> node = new LinkedHashMap<>();
    putIfPresent(node, "Description", output.description());
    putIfPresent(node, "Condition", output.condition());
    node.put("Value", output.value());
    if (output.exportName() != null) {
      node.put("Export", Map.of("Name", output.exportName()));
    }
    return node;
  }

  private static void putIfPresent(Map<String, Object> node, String key, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(key, value);
    }
  }

  private static void putIfNotEmpty(Map<String, Object> node, String key, Map<String, ?> value) {
    if (!value.isEmpty()) {
      node.put(key, value);
    }
  }

  /** Whether a tree value is an empty map or list (printed as {} or []). */
  static boolean isEmptyCollection(Object value) {
    return (value instanceof Map<?, ?> map && map.isEmpty())
        || (value instanceof List<?> list && list.isEmpty());
  }
}

package dev.onramp.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation template (YAML with short-form tags, or JSON) into the {@link Template}
 * model: the one CloudFormation reader, for every template Onramp did not just build itself (a
 * review's baseline, the StackSet member embedded in a parent template as {@code TemplateBody}, a
 * CDK app's synthesized JSON, goldens). {@code Mappings} is kept for the review to resolve {@code
 * Fn::FindInMap}; sections the model has no place for ({@code Transform}, parameters' {@code
 * MinValue}/{@code MaxValue}) are dropped: no IAM policy lives there.
 */
public final class TemplateReader {
  private TemplateReader() {}

  /** The names of the template's top-level sections, as written (Transform among them). */
  public static List<String> sectionNames(String text) {
    Object root = CloudFormationYaml.read(text);
    return root instanceof Map<?, ?> map
        ? map.keySet().stream().map(String::valueOf).toList()
        : List.of();
  }

  /** The template in {@code text}. */
  public static Template read(String text) {
    Object root = CloudFormationYaml.read(text);
    if (!(root instanceof Map<?, ?>)) {
      throw new TemplateFormatException(
          "a template is a map of sections, not "
              + (root == null
                  ? "an empty document"
                  : root instanceof java.util.List<?> ? "a list" : "a single value"));
    }
    Map<String, Object> sections = map(root, "the template");
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    map(sections.get("Parameters"), "Parameters")
        .forEach((name, value) -> parameters.put(name, parameter(name, map(value, name))));
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    map(sections.get("Resources"), "Resources")
        .forEach((id, value) -> resources.put(id, resource(id, map(value, id))));
    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    map(sections.get("Outputs"), "Outputs")
        .forEach((name, value) -> outputs.put(name, output(map(value, name))));
    return new Template(
        text(sections.get("Description")),
        map(sections.get("Metadata"), "Metadata"),
        parameters,
        map(sections.get("Rules"), "Rules"),
        map(sections.get("Conditions"), "Conditions"),
        resources,
        outputs,
        map(sections.get("Mappings"), "Mappings"));
  }

  private static Template.Parameter parameter(String name, Map<String, Object> fields) {
    List<String> allowed = new ArrayList<>();
    if (fields.get("AllowedValues") instanceof List<?> values) {
      values.forEach(value -> allowed.add(CanonicalText.of(value)));
    }
    return new Template.Parameter(
        text(fields.get("Type")),
        text(fields.get("Description")),
        fields.containsKey("Default") ? CanonicalText.of(fields.get("Default")) : null,
        allowed,
        text(fields.get("AllowedPattern")),
        text(fields.get("ConstraintDescription")),
        "true".equalsIgnoreCase(String.valueOf(fields.get("NoEcho"))),
        integer(fields.get("MinLength"), name),
        integer(fields.get("MaxLength"), name));
  }

  private static Template.Resource resource(String id, Map<String, Object> fields) {
    if (!(fields.get("Type") instanceof String type)) {
      throw new TemplateFormatException("resource " + id + " has no Type");
    }
    List<String> dependsOn = new ArrayList<>();
    Object depends = fields.get("DependsOn");
    if (depends instanceof List<?> list) {
      list.forEach(item -> dependsOn.add(CanonicalText.of(item)));
    } else if (depends != null) {
      dependsOn.add(CanonicalText.of(depends));
    }
    return new Template.Resource(
        type,
        text(fields.get("Condition")),
        dependsOn,
        text(fields.get("DeletionPolicy")),
        text(fields.get("UpdateReplacePolicy")),
        map(fields.get("Metadata"), id + ".Metadata"),
        map(fields.get("Properties"), id + ".Properties"));
  }

  private static Template.Output output(Map<String, Object> fields) {
    Object export = map(fields.get("Export"), "Export").get("Name");
    return new Template.Output(
        text(fields.get("Description")),
        fields.get("Value"),
        text(fields.get("Condition")),
        export);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      // CloudFormationYaml only makes maps with text keys.
      return (Map<String, Object>) map;
    }
    throw new TemplateFormatException(what + " must be a map, not " + CanonicalText.of(value));
  }

  private static String text(Object value) {
    return value == null ? null : CanonicalText.of(value);
  }

  private static Integer integer(Object value, String parameter) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(CanonicalText.of(value));
    } catch (NumberFormatException e) {
      throw new TemplateFormatException(
          "parameter " + parameter + " has a length that is not a whole number: " + value, e);
    }
  }
}

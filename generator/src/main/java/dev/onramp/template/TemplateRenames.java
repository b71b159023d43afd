package dev.onramp.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template with some names changed everywhere they are used: resource logical ids (and their
 * {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} variables and {@code DependsOn}), parameter
 * names (and their {@code Ref} and {@code Fn::Sub} variables, in resources, conditions and outputs)
 * or condition names (resources', outputs', {@code Fn::If} and {@code Condition}). An import
 * renames the original's resources to the ids the draft generates and a member's parameters to the
 * parent's; the compiler names a switch condition as the blueprint's named switch that says the
 * same.
 */
public final class TemplateRenames {
  private final Map<String, String> names;
  private final Map<String, String> conditionNames;

  private TemplateRenames(Map<String, String> names, Map<String, String> conditionNames) {
    this.names = names;
    this.conditionNames = conditionNames;
  }

  /** {@code template} with each resource id of {@code ids} renamed, where no resource has it. */
  public static Template resources(Template template, Map<String, String> ids) {
    Map<String, String> usable = new LinkedHashMap<>();
    ids.forEach(
        (from, to) -> {
          if (template.resources().containsKey(from) && !template.resources().containsKey(to)) {
            usable.put(from, to);
          }
        });
    if (usable.isEmpty()) {
      return template;
    }
    TemplateRenames renamer = new TemplateRenames(usable, Map.of());
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach((id, resource) -> resources.put(renamer.name(id), renamer.resource(resource)));
    return renamer.with(template, template.parameters(), resources);
  }

  /** {@code template} with each parameter of {@code parameters} renamed. */
  public static Template parameters(Template template, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return template;
    }
    TemplateRenames renamer = new TemplateRenames(parameters, Map.of());
    Map<String, Template.Parameter> declared = new LinkedHashMap<>();
    template.parameters().forEach((name, parameter) -> declared.put(renamer.name(name), parameter));
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template.resources().forEach((id, resource) -> resources.put(id, renamer.resource(resource)));
    return renamer.with(template, declared, resources);
  }

  /**
   * {@code template} with each condition of {@code conditions} renamed. Where the template already
   * has the new name (a condition that tests the same), the old one is dropped and what named it
   * names the other.
   */
  public static Template conditions(Template template, Map<String, String> conditions) {
    Map<String, String> usable = new LinkedHashMap<>();
    conditions.forEach(
        (from, to) -> {
          if (template.conditions().containsKey(from) && !from.equals(to)) {
            usable.put(from, to);
          }
        });
    if (usable.isEmpty()) {
      return template;
    }
    TemplateRenames renamer = new TemplateRenames(Map.of(), usable);
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              Template.Resource changed = renamer.resource(resource);
              resources.put(
                  id,
                  resource.condition() == null
                      ? changed
                      : changed.withCondition(renamer.condition(resource.condition())));
            });
    Template renamed = renamer.with(template, template.parameters(), resources);
    return renamed;
  }

  private Template with(
      Template template,
      Map<String, Template.Parameter> parameters,
      Map<String, Template.Resource> resources) {
    Map<String, Object> conditions = new LinkedHashMap<>();
    template
        .conditions()
        .forEach(
            (name, condition) -> {
              // A condition renamed to one the template has is dropped: the other says the same.
              if (!conditionNames.containsKey(name)
                  || !template.conditions().containsKey(conditionNames.get(name))) {
                conditions.put(condition(name), value(condition));
              }
            });
    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    template
        .outputs()
        .forEach(
            (name, output) ->
                outputs.put(
                    name,
                    new Template.Output(
                        output.description(),
                        value(output.value()),
                        output.condition() == null ? null : condition(output.condition()),
                        value(output.exportName()))));
    return new Template(
        template.description(),
        template.metadata(),
        parameters,
        template.rules(),
        conditions,
        resources,
        outputs,
        template.mappings());
  }

  private String name(String name) {
    return names.getOrDefault(name, name);
  }

  private String condition(String name) {
    return conditionNames.getOrDefault(name, name);
  }

  private Template.Resource resource(Template.Resource resource) {
    List<String> dependsOn = new ArrayList<>();
    resource.dependsOn().forEach(target -> dependsOn.add(name(target)));
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) value(resource.properties());
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) value(resource.metadata());
    return new Template.Resource(
        resource.type(),
        resource.condition(),
        dependsOn,
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        metadata,
        properties);
  }

  /** {@code value} with every reference to a renamed name renamed. */
  Object value(Object value) {
    return ValueRewrite.of(value, this::renamed);
  }

  private Optional<Object> renamed(Object value) {
    if (value instanceof Fn.Ref ref) {
      return Optional.of(Fn.ref(name(ref.name())));
    }
    if (value instanceof Fn.GetAtt getAtt) {
      return Optional.of(Fn.getAtt(name(getAtt.resource()), getAtt.attribute()));
    }
    if (value instanceof Fn.Sub sub) {
      return Optional.of(Fn.sub(SubText.renamed(sub.text(), this::variable)));
    }
    if (value instanceof Fn.If choice) {
      return Optional.of(
          Fn.ifThen(
              condition(choice.condition()), value(choice.whenTrue()), value(choice.whenFalse())));
    }
    if (value instanceof Fn.ConditionRef ref) {
      return Optional.of(new Fn.ConditionRef(condition(ref.name())));
    }
    if (value instanceof Map<?, ?> map
        && map.size() == 1
        && map.get("Condition") instanceof String name) {
      return Optional.of(Map.of("Condition", condition(name)));
    }
    return Optional.empty();
  }

  /** A Sub variable renamed: {@code X} or the {@code X} of {@code X.Attribute}. */
  private String variable(String variable) {
    String trimmed = variable.trim();
    if (trimmed.startsWith("!")) {
      return variable;
    }
    int dot = trimmed.indexOf('.');
    return dot < 0 ? name(trimmed) : name(trimmed.substring(0, dot)) + trimmed.substring(dot);
  }
}

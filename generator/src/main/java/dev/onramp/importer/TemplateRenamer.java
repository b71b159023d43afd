package dev.onramp.importer;

import dev.onramp.review.MappingLookups;
import dev.onramp.template.Fn;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import dev.onramp.template.ValueRewrite;
import dev.onramp.template.YamlTemplateWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template with some names changed everywhere they are used: resource logical ids (and their
 * {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} variables and {@code DependsOn}) or parameter
 * names (and their {@code Ref} and {@code Fn::Sub} variables, in resources, conditions and
 * outputs). The proof renames the original's resources to the ids the draft generates (a StackSet
 * becomes {@code MemberStackSet}), so the review compares like with like; the organization import
 * renames a member's parameter to the parent's that the StackSet passes to it.
 */
final class TemplateRenamer {
  private final Map<String, String> names;
  private final Map<String, String> conditionNames;

  private TemplateRenamer(Map<String, String> names, Map<String, String> conditionNames) {
    this.names = names;
    this.conditionNames = conditionNames;
  }

  /**
   * The original as the proof reviews it: its resources renamed to the ids {@code draft} generates
   * for them, and the member template of the StackSet the draft fans out with as text (a map is
   * written as JSON, which the review reads) with the member draft's renames applied.
   */
  static Template forProof(Template original, ImportDraft draft) {
    Template renamed = PartitionAware.of(resources(original, draft.renames().resources()));
    Template.Resource stackSet = renamed.resources().get(OrganizationImport.STACK_SET);
    if (draft.members().isEmpty()
        || stackSet == null
        || !stackSet.type().equals(OrganizationImport.TYPE)
        || !draft.renames().resources().containsValue(OrganizationImport.STACK_SET)) {
      return renamed;
    }
    Object body = stackSet.properties().get("TemplateBody");
    String text =
        body instanceof String written
            ? written
            : body instanceof Map<?, ?> map ? JsonTemplateWriter.compact(map) : null;
    ImportDraft member = draft.members().get(0);
    ImportRenames renames = member.renames();
    if (text == null) {
      return renamed;
    }
    try {
      // Written back without Mappings: their lookups are resolved first.
      Template read = MappingLookups.resolved(TemplateReader.read(text));
      Template named = conditions(parameters(read, renames.parameters()), renames.conditions());
      text = YamlTemplateWriter.write(PartitionAware.of(resources(named, renames.resources())));
    } catch (RuntimeException e) {
      // The review reads the member as written and says so where it cannot.
    }
    Map<String, Object> properties = new LinkedHashMap<>(stackSet.properties());
    properties.put("TemplateBody", text);
    Map<String, Template.Resource> resources = new LinkedHashMap<>(renamed.resources());
    resources.put(OrganizationImport.STACK_SET, stackSet.withProperties(properties));
    return new Template(
        renamed.description(),
        renamed.metadata(),
        renamed.parameters(),
        renamed.rules(),
        renamed.conditions(),
        resources,
        renamed.outputs(),
        renamed.mappings());
  }

  /** {@code template} with each resource id of {@code ids} renamed, where no resource has it. */
  static Template resources(Template template, Map<String, String> ids) {
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
    TemplateRenamer renamer = new TemplateRenamer(usable, Map.of());
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach((id, resource) -> resources.put(renamer.name(id), renamer.resource(resource)));
    return renamer.with(template, template.parameters(), resources);
  }

  /** {@code template} with each parameter of {@code parameters} renamed. */
  static Template parameters(Template template, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return template;
    }
    TemplateRenamer renamer = new TemplateRenamer(parameters, Map.of());
    Map<String, Template.Parameter> declared = new LinkedHashMap<>();
    template.parameters().forEach((name, parameter) -> declared.put(renamer.name(name), parameter));
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template.resources().forEach((id, resource) -> resources.put(id, renamer.resource(resource)));
    return renamer.with(template, declared, resources);
  }

  /** {@code template} with each condition of {@code conditions} renamed, where none has it. */
  static Template conditions(Template template, Map<String, String> conditions) {
    Map<String, String> usable = new LinkedHashMap<>();
    conditions.forEach(
        (from, to) -> {
          if (template.conditions().containsKey(from) && !template.conditions().containsKey(to)) {
            usable.put(from, to);
          }
        });
    if (usable.isEmpty()) {
      return template;
    }
    TemplateRenamer renamer = new TemplateRenamer(Map.of(), usable);
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
    return renamer.with(template, template.parameters(), resources);
  }

  private Template with(
      Template template,
      Map<String, Template.Parameter> parameters,
      Map<String, Template.Resource> resources) {
    Map<String, Object> conditions = new LinkedHashMap<>();
    template
        .conditions()
        .forEach((name, condition) -> conditions.put(condition(name), value(condition)));
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

package dev.onramp.compile;

import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The adapter for section compilers that still fill maps passed in ({@link CostReportCompiler},
 * {@link OrganizationCompiler}) until they write through {@link TemplateBuilder} themselves: maps
 * holding what the builder holds so far, and afterwards each entry they added or replaced handed to
 * the builder, in the maps' order, so the template comes out as when they filled its maps.
 */
final class LegacyMaps {
  final Map<String, ParameterSpec> parameters;
  final Map<String, Template.Resource> resources;
  final Map<String, SourceLocation> origins = new LinkedHashMap<>();
  final Map<String, Object> conditions;
  final Map<String, Object> rules;
  final Map<String, Template.Output> outputs;
  final Map<String, Object> onrampMetadata;

  private final TemplateBuilder template;
  private final Map<String, ParameterSpec> parametersBefore;
  private final Map<String, Template.Resource> resourcesBefore;
  private final Map<String, Object> conditionsBefore;
  private final Map<String, Object> rulesBefore;
  private final Map<String, Template.Output> outputsBefore;
  private final Map<String, Object> onrampBefore;

  LegacyMaps(TemplateBuilder template) {
    this.template = template;
    this.parametersBefore = new LinkedHashMap<>(template.parameters());
    this.resourcesBefore = new LinkedHashMap<>(template.resources());
    this.conditionsBefore = new LinkedHashMap<>(template.conditions());
    this.rulesBefore = new LinkedHashMap<>(template.rules());
    this.outputsBefore = new LinkedHashMap<>(template.outputs());
    this.onrampBefore = new LinkedHashMap<>(template.onrampMetadata());
    this.parameters = new LinkedHashMap<>(parametersBefore);
    this.resources = new LinkedHashMap<>(resourcesBefore);
    this.conditions = new LinkedHashMap<>(conditionsBefore);
    this.rules = new LinkedHashMap<>(rulesBefore);
    this.outputs = new LinkedHashMap<>(outputsBefore);
    this.onrampMetadata = new LinkedHashMap<>(onrampBefore);
  }

  /** Hands the builder what was added to the maps, or replaced in them, since they were made. */
  void writeBack() {
    added(parametersBefore, parameters).forEach(template::parameter);
    added(resourcesBefore, resources)
        .forEach((id, resource) -> template.resource(id, resource, origins.get(id)));
    added(conditionsBefore, conditions).forEach(template::condition);
    added(rulesBefore, rules).forEach(template::rule);
    added(outputsBefore, outputs).forEach(template::output);
    added(onrampBefore, onrampMetadata).forEach(template::onrampMetadata);
  }

  private static <V> Map<String, V> added(Map<String, V> before, Map<String, V> after) {
    Map<String, V> added = new LinkedHashMap<>();
    after.forEach(
        (name, value) -> {
          if (!before.containsKey(name) || !Objects.equals(before.get(name), value)) {
            added.put(name, value);
          }
        });
    return added;
  }
}

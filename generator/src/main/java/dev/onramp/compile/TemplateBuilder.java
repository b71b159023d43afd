package dev.onramp.compile;

import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template being compiled, which each blueprint section adds its parts to: parameters,
 * resources (with the blueprint element each came from), conditions, rules, outputs and entries of
 * {@code Metadata.Onramp}. Everything keeps the order it was added in, which is the order of the
 * generated template.
 */
public final class TemplateBuilder {
  private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
  private final Map<String, Template.Resource> resources = new LinkedHashMap<>();
  private final Map<String, SourceLocation> origins = new LinkedHashMap<>();
  private final Map<String, Object> conditions = new LinkedHashMap<>();
  private final Map<String, Object> rules = new LinkedHashMap<>();
  private final Map<String, Template.Output> outputs = new LinkedHashMap<>();
  private final Map<String, Object> onramp = new LinkedHashMap<>();

  public boolean hasParameter(String name) {
    return parameters.containsKey(name);
  }

  /** Declares a parameter; a null {@code spec} stands for the blueprint's ExternalId parameter. */
  public void parameter(String name, ParameterSpec spec) {
    parameters.put(name, spec);
  }

  /** Adds a resource, with the blueprint element it came from ({@code origin} may be null). */
  public void resource(String logicalId, Template.Resource resource, SourceLocation origin) {
    resources.put(logicalId, resource);
    if (origin != null) {
      origins.put(logicalId, origin);
    }
  }

  public void condition(String name, Object expression) {
    conditions.put(name, expression);
  }

  public void rule(String name, Object rule) {
    rules.put(name, rule);
  }

  public void output(String name, Template.Output output) {
    outputs.put(name, output);
  }

  /** An entry of {@code Metadata.Onramp}, after {@code Blueprint} and {@code BlueprintVersion}. */
  public void onrampMetadata(String key, Object value) {
    onramp.put(key, value);
  }

  public Map<String, Template.Resource> resources() {
    return Collections.unmodifiableMap(resources);
  }

  public Map<String, ParameterSpec> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  // Beyond the agreed API (branch orgcur): the organization section needs the names of conditions
  // and outputs already taken, and TemplateCompiler reads the parts back to assemble the template.

  public Map<String, Object> conditions() {
    return Collections.unmodifiableMap(conditions);
  }

  public Map<String, Template.Output> outputs() {
    return Collections.unmodifiableMap(outputs);
  }

  Map<String, Object> rules() {
    return Collections.unmodifiableMap(rules);
  }

  Map<String, SourceLocation> origins() {
    return Collections.unmodifiableMap(origins);
  }

  Map<String, Object> onrampEntries() {
    return Collections.unmodifiableMap(onramp);
  }
}

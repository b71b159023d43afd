package dev.onramp.compile.section;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateFacts.CostReportParts;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import dev.onramp.template.TemplateFacts.PolicySetPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template being compiled, which every {@link BlueprintSection} writes into. Each part keeps
 * the order its entries were added in, so the order of {@link Sections#ALL} decides the order of
 * the output. Adding an entry under a name already taken replaces it in its place (suppressions
 * replace the resources they waive), and a resource's origin is kept unless a new one is given.
 *
 * <p>Besides the template, the builder collects the {@link TemplateFacts}: what the sections know
 * about what they wrote, for readers that would otherwise read it back from {@code Metadata}.
 */
public final class TemplateBuilder {
  private final Blueprint blueprint;
  private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
  private final Map<String, Template.Resource> resources = new LinkedHashMap<>();
  private final Map<String, SourceLocation> origins = new LinkedHashMap<>();
  private final Map<String, Object> conditions = new LinkedHashMap<>();
  private final Map<String, Object> rules = new LinkedHashMap<>();
  private final Map<String, Template.Output> outputs = new LinkedHashMap<>();
  private final Map<String, Object> onrampMetadata = new LinkedHashMap<>();
  private final Map<String, Object> templateMetadata = new LinkedHashMap<>();
  private final Map<String, PolicySetPolicy> policySets = new LinkedHashMap<>();
  private final List<CostReportParts> costReports = new ArrayList<>();
  private final List<String> registrations = new ArrayList<>();
  private final List<TemplateFacts.RawResource> rawResources = new ArrayList<>();
  private MemberStackSet member;
  private TemplateFacts copied;
  private String copyPrefix;
  private String description = "";

  /** An empty template for {@code blueprint}, whose ExternalId and name it renders. */
  public TemplateBuilder(Blueprint blueprint) {
    this.blueprint = blueprint;
  }

  public boolean hasParameter(String name) {
    return parameters.containsKey(name);
  }

  /**
   * Declares a parameter, labeled and grouped in the console by its spec. A null spec is the
   * ExternalId parameter, rendered from the blueprint's {@code externalId}.
   */
  public void parameter(String name, ParameterSpec spec) {
    parameters.put(name, spec);
  }

  /** Adds a resource; {@code origin}, the blueprint element it came from, may be null. */
  public void resource(String logicalId, Template.Resource resource, SourceLocation origin) {
    resources.put(logicalId, resource);
    if (origin != null) {
      origins.put(logicalId, origin);
    }
  }

  /** Takes a resource out again, with its origin. */
  public void removeResource(String logicalId) {
    resources.remove(logicalId);
    origins.remove(logicalId);
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
    onrampMetadata.put(key, value);
  }

  /** An entry of the template's {@code Metadata}, after the console's and Onramp's. */
  public void templateMetadata(String key, Object value) {
    templateMetadata.put(key, value);
  }

  public void description(String text) {
    this.description = text;
  }

  /** The resources so far, read-only, for sections that look at earlier ones. */
  public Map<String, Template.Resource> resources() {
    return Collections.unmodifiableMap(resources);
  }

  /** The parameters so far, read-only; the ExternalId parameter's spec is null. */
  public Map<String, ParameterSpec> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  public Map<String, Object> conditions() {
    return Collections.unmodifiableMap(conditions);
  }

  public Map<String, Object> rules() {
    return Collections.unmodifiableMap(rules);
  }

  public Map<String, Template.Output> outputs() {
    return Collections.unmodifiableMap(outputs);
  }

  public Map<String, Object> onrampMetadata() {
    return Collections.unmodifiableMap(onrampMetadata);
  }

  /** Records that managed policy {@code logicalId} implements a policy set of a role. */
  public void policySet(String logicalId, PolicySetPolicy policySet) {
    policySets.put(logicalId, policySet);
  }

  /** Records the resources of a Cost and Usage Report. */
  public void costReport(CostReportParts parts) {
    costReports.add(parts);
  }

  /** Records a custom resource that registers the account with the vendor. */
  public void registration(String logicalId) {
    registrations.add(logicalId);
  }

  /** Records a resource the blueprint wrote as is. */
  public void rawResource(TemplateFacts.RawResource resource) {
    rawResources.add(resource);
  }

  /** Records the StackSet that onboards an organization's members. */
  public void member(MemberStackSet stackSet) {
    this.member = stackSet;
  }

  /** Records that the template carries a copy of {@code other}, its ids prefixed. */
  public void copyOf(TemplateFacts other, String prefix) {
    this.copied = other;
    this.copyPrefix = prefix;
  }

  public Map<String, SourceLocation> origins() {
    return origins;
  }

  /** What the sections recorded about the template. */
  public TemplateFacts facts() {
    TemplateFacts own =
        new TemplateFacts(
            blueprint.metadata().name(),
            blueprint.metadata().version(),
            policySets,
            costReports,
            Optional.ofNullable(member),
            registrations,
            blueprint.metadata().stackName() == null
                ? blueprint.metadata().name()
                : blueprint.metadata().stackName(),
            rawResources);
    return (copied == null ? own : own.withCopyOf(copied, copyPrefix))
        .withRegistrationsAmong(resources.keySet());
  }

  public Template build() {
    return new Template(
        description,
        new TemplateMetadata(blueprint, parameters).render(onrampMetadata, templateMetadata),
        TemplateParameters.of(blueprint.externalId(), parameters),
        rules,
        conditions,
        resources,
        outputs);
  }
}

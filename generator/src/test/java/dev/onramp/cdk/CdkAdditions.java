package dev.onramp.cdk;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the CDK (v2, aws-cdk-lib) adds to every synthesized template on its own, none of which the
 * construct's author wrote:
 *
 * <ul>
 *   <li>the {@code AWS::CDK::Metadata} resource ({@code CDKMetadata}, version reporting, left out
 *       with {@code analyticsReporting(false)}), and the {@code CDKMetadataAvailable} condition it
 *       carries when the stack's region is unknown at synthesis;
 *   <li>resource {@code Metadata} entries under {@code aws:cdk:} ({@code aws:cdk:path}, the
 *       construct path, and markers such as {@code aws:cdk:do-not-refactor}) and {@code aws:asset:}
 *       (where an asset came from, for SAM and local tools);
 *   <li>the {@code BootstrapVersion} parameter and the {@code CheckBootstrapVersion} rule of the
 *       {@code DefaultStackSynthesizer} (not written with {@code generateBootstrapVersionRule:
 *       false} or the {@code BootstraplessSynthesizer}).
 * </ul>
 */
final class CdkAdditions {
  private static final String METADATA_TYPE = "AWS::CDK::Metadata";
  private static final List<String> METADATA_PREFIXES = List.of("aws:cdk:", "aws:asset:");

  private CdkAdditions() {}

  static Template removedFrom(Template template) {
    Set<String> metadataConditions = new HashSet<>();
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (resource.type().equals(METADATA_TYPE)) {
                if (resource.condition() != null) {
                  metadataConditions.add(resource.condition());
                }
              } else {
                resources.put(id, withoutCdkMetadata(resource));
              }
            });

    Map<String, Template.Parameter> parameters = new LinkedHashMap<>(template.parameters());
    // Only the synthesizer's: an SSM-backed parameter of that name.
    Template.Parameter bootstrap = parameters.get("BootstrapVersion");
    if (bootstrap != null
        && bootstrap.type() != null
        && bootstrap.type().startsWith("AWS::SSM::Parameter::Value<")) {
      parameters.remove("BootstrapVersion");
    }
    Map<String, Object> rules = new LinkedHashMap<>(template.rules());
    rules.remove("CheckBootstrapVersion");
    // The metadata resource's condition goes with it, unless the author's template uses it too.
    Set<String> used =
        ConditionUses.in(resources, template.outputs(), template.conditions(), rules);
    Map<String, Object> conditions = new LinkedHashMap<>(template.conditions());
    metadataConditions.stream().filter(name -> !used.contains(name)).forEach(conditions::remove);
    return new Template(
        template.description(),
        template.metadata(),
        parameters,
        rules,
        conditions,
        resources,
        template.outputs());
  }

  private static Template.Resource withoutCdkMetadata(Template.Resource resource) {
    Map<String, Object> metadata = new LinkedHashMap<>(resource.metadata());
    metadata.keySet().removeIf(key -> METADATA_PREFIXES.stream().anyMatch(key::startsWith));
    return new Template.Resource(
        resource.type(),
        resource.condition(),
        resource.dependsOn(),
        resource.deletionPolicy(),
        resource.updateReplacePolicy(),
        metadata,
        resource.properties());
  }

  /** The names of the conditions a template uses anywhere: attributes, {@code Fn::If}s, others. */
  private static final class ConditionUses {
    private final Set<String> names = new HashSet<>();

    static Set<String> in(
        Map<String, Template.Resource> resources,
        Map<String, Template.Output> outputs,
        Map<String, Object> conditions,
        Map<String, Object> rules) {
      ConditionUses uses = new ConditionUses();
      resources
          .values()
          .forEach(
              resource -> {
                uses.add(resource.condition());
                uses.walk(resource.properties());
                uses.walk(resource.metadata());
              });
      outputs
          .values()
          .forEach(
              output -> {
                uses.add(output.condition());
                uses.walk(output.value());
              });
      uses.walk(conditions);
      uses.walk(rules);
      return Set.copyOf(uses.names);
    }

    private void add(String name) {
      if (name != null) {
        names.add(name);
      }
    }

    private void walk(Object value) {
      if (value instanceof Map<?, ?> map) {
        map.values().forEach(this::walk);
      } else if (value instanceof List<?> list) {
        list.forEach(this::walk);
      } else if (value instanceof Fn.If when) {
        add(when.condition());
        walk(when.whenTrue());
        walk(when.whenFalse());
      } else if (value instanceof Fn.ConditionRef ref) {
        add(ref.name());
      } else if (value instanceof Fn fn) {
        walk(fn.argument());
      }
    }
  }
}

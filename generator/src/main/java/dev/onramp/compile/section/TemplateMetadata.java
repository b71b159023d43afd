package dev.onramp.compile.section;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's Metadata: the console's parameter groups and labels, then {@code Onramp} (the
 * blueprint, its version and what the sections added), then the sections' own top-level entries.
 */
public final class TemplateMetadata {
  /** The console group of the ExternalId parameter and of others the vendor's link fills in. */
  public static final String EXTERNAL_ID_GROUP =
      "Vendor connection (filled in by the vendor's link)";

  private final Blueprint blueprint;
  private final Map<String, ParameterSpec> parameters;

  /** The console group of the ExternalId parameter: {@code externalId.group}, or the default. */
  public static String externalIdGroup(Blueprint blueprint) {
    String group = blueprint.externalId().group();
    return group == null ? EXTERNAL_ID_GROUP : group;
  }

  TemplateMetadata(Blueprint blueprint, Map<String, ParameterSpec> parameters) {
    this.blueprint = blueprint;
    this.parameters = parameters;
  }

  Map<String, Object> render(Map<String, Object> onrampEntries, Map<String, Object> topLevel) {
    Map<String, Object> onramp = new LinkedHashMap<>();
    onramp.put("Blueprint", blueprint.metadata().name());
    onramp.put("BlueprintVersion", blueprint.metadata().version());
    onramp.putAll(onrampEntries);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("AWS::CloudFormation::Interface", console());
    metadata.put("Onramp", onramp);
    metadata.putAll(topLevel);
    return metadata;
  }

  private Map<String, Object> console() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, Object> labels = new LinkedHashMap<>();
    parameters.forEach(
        (name, spec) -> {
          String group = spec == null ? externalIdGroup(blueprint) : spec.group();
          String label = spec == null ? blueprint.externalId().label() : spec.label();
          if (!group.isEmpty()) {
            groups.computeIfAbsent(group, unused -> new ArrayList<>()).add(name);
          }
          if (!label.isEmpty()) {
            labels.put(name, Map.of("default", label));
          }
        });
    List<Object> parameterGroups = new ArrayList<>();
    groups.forEach(
        (label, names) -> {
          Map<String, Object> group = new LinkedHashMap<>();
          group.put("Label", Map.of("default", label));
          group.put("Parameters", names);
          parameterGroups.add(group);
        });
    Map<String, Object> console = new LinkedHashMap<>();
    console.put("ParameterGroups", parameterGroups);
    if (!labels.isEmpty()) {
      console.put("ParameterLabels", labels);
    }
    return console;
  }
}

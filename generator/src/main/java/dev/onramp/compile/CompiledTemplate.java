package dev.onramp.compile;

import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import dev.onramp.template.YamlTemplateWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled template with its two renderings, the blueprint file it came from, and where in that
 * blueprint each resource was asked for, so findings on the template can point back at the source.
 */
public record CompiledTemplate(
    String name,
    String blueprintFile,
    Template template,
    String yaml,
    String json,
    Map<String, SourceLocation> origins) {

  public CompiledTemplate {
    origins = Map.copyOf(origins);
  }

  static CompiledTemplate of(
      String name, String blueprintFile, Template template, Map<String, SourceLocation> origins) {
    return new CompiledTemplate(
        name,
        blueprintFile,
        template,
        YamlTemplateWriter.write(template),
        JsonTemplateWriter.write(template),
        origins);
  }

  /** The blueprint element a resource came from, if the resource has one. */
  public Optional<SourceLocation> originOf(String logicalId) {
    return Optional.ofNullable(origins.get(logicalId));
  }

  public byte[] yamlBytes() {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  public byte[] jsonBytes() {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The blueprint's version, as the template's {@code Metadata.Onramp} records it. */
  public String version() {
    Object onramp = template.metadata().get("Onramp");
    Object version = onramp instanceof Map<?, ?> map ? map.get("BlueprintVersion") : null;
    return version == null ? "" : version.toString();
  }

  public int resourceCount() {
    return template.resources().size();
  }
}

package dev.onramp.template;

import dev.onramp.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled template with its two renderings, the blueprint file it came from, where in that
 * blueprint each resource was asked for (so findings on the template can point back at the source),
 * and what the compiler knows about it as typed {@link TemplateFacts}.
 */
public record CompiledTemplate(
    String name,
    String blueprintFile,
    Template template,
    String yaml,
    String json,
    Map<String, SourceLocation> origins,
    TemplateFacts facts) {

  public CompiledTemplate {
    origins = Map.copyOf(origins);
  }

  /** A template the compiler did not make (a fixture, an imported template): no facts known. */
  public CompiledTemplate(
      String name,
      String blueprintFile,
      Template template,
      String yaml,
      String json,
      Map<String, SourceLocation> origins) {
    this(name, blueprintFile, template, yaml, json, origins, TemplateFacts.none(name));
  }

  /**
   * {@code template} with its YAML and JSON renderings, each stamped with its own {@link
   * TemplateIdentity} where the template asks for it.
   */
  public static CompiledTemplate of(
      String name,
      String blueprintFile,
      Template template,
      Map<String, SourceLocation> origins,
      TemplateFacts facts) {
    return new CompiledTemplate(
        name,
        blueprintFile,
        template,
        TemplateIdentity.stamp(YamlTemplateWriter.write(template)),
        TemplateIdentity.stamp(JsonTemplateWriter.write(template)),
        origins,
        facts);
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

  /** The blueprint's version (the one {@code Metadata.Onramp.BlueprintVersion} records). */
  public String version() {
    return facts.version();
  }

  public int resourceCount() {
    return template.resources().size();
  }
}

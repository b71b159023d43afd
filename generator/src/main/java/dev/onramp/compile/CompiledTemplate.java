package dev.onramp.compile;

import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import dev.onramp.template.YamlTemplateWriter;
import java.nio.charset.StandardCharsets;

/** A compiled template with its two renderings, ready to be checked against limits and written. */
public record CompiledTemplate(String name, Template template, String yaml, String json) {

  static CompiledTemplate of(String name, Template template) {
    return new CompiledTemplate(
        name, template, YamlTemplateWriter.write(template), JsonTemplateWriter.write(template));
  }

  public byte[] yamlBytes() {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  public byte[] jsonBytes() {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  public int resourceCount() {
    return template.resources().size();
  }
}

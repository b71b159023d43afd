package dev.onramp.check;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import dev.onramp.template.YamlTemplateWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Templates for the check tests: hand-built models, or blueprints compiled from YAML text. */
final class CheckFixtures {
  static final String FILE = "test.yaml";

  private CheckFixtures() {}

  /** A template of {@code resources} (id, resource, id, resource, …), with no blueprint origins. */
  static CompiledTemplate template(Object... idsAndResources) {
    return template(Map.of(), Map.of(), idsAndResources);
  }

  static CompiledTemplate template(
      Map<String, Object> metadata,
      Map<String, SourceLocation> origins,
      Object... idsAndResources) {
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    for (int i = 0; i < idsAndResources.length; i += 2) {
      resources.put((String) idsAndResources[i], (Template.Resource) idsAndResources[i + 1]);
    }
    Template template =
        new Template("test", metadata, Map.of(), Map.of(), Map.of(), resources, Map.of());
    return new CompiledTemplate(
        "test",
        FILE,
        template,
        YamlTemplateWriter.write(template),
        JsonTemplateWriter.write(template),
        origins);
  }

  /** The one template compiled from blueprint {@code yaml}, named {@code acme.yaml}. */
  static CompiledTemplate compile(String yaml) throws BlueprintException {
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0);
  }

  static Template.Resource resource(String type, Object... keysAndValues) {
    return Template.Resource.of(type, map(keysAndValues));
  }

  /** An ordered map of keys and values given in turn. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A policy document of {@code statements}. */
  static Map<String, Object> document(Object... statements) {
    return map("Version", "2012-10-17", "Statement", List.of(statements));
  }

  static Fn sub(String text) {
    return Fn.sub(text);
  }

  static String rendered(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
  }
}

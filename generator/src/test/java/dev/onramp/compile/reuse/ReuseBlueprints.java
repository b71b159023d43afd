package dev.onramp.compile.reuse;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateEvaluator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compiles blueprints written in a test, and evaluates them as a stack would be created. */
final class ReuseBlueprints {
  static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {accountId: "111122223333", principal: account-root}
      """;

  private ReuseBlueprints() {}

  static Template compile(String yaml) throws BlueprintException {
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0)
        .template();
  }

  /** The stack's template once the customer filled in {@code values} (and the ExternalId). */
  static Template deployed(String yaml, Map<String, Object> values) throws BlueprintException {
    Map<String, Object> all = new HashMap<>(values);
    all.put("ExternalId", "acme-tenant-1");
    return TemplateEvaluator.evaluate(compile(yaml), all);
  }

  /** Each error as {@code code at path: message}. */
  static List<String> errors(String yaml) {
    BlueprintException failure =
        assertThrows(BlueprintException.class, () -> compile(yaml), "the blueprint is refused");
    return failure.errors().stream()
        .map(d -> d.code().id() + " at " + d.location().yamlPath() + ": " + d.message())
        .toList();
  }

  /** The statements of the policy document of resource {@code id}. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> statements(Template template, String id) {
    Map<String, Object> document =
        (Map<String, Object>) template.resources().get(id).properties().get("PolicyDocument");
    return (List<Map<String, Object>>) document.get("Statement");
  }
}

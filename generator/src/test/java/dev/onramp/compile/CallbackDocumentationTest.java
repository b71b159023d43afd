package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/notify.md tells vendors what their subscriber receives. Its request examples must show the
 * properties the compiler emits, by the same names and in the same order, for the blueprint of the
 * golden scenario valid/notify-callback whose names the examples use.
 */
class CallbackDocumentationTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> REQUEST_FIELDS =
      List.of(
          "RequestType",
          "ServiceToken",
          "ResponseURL",
          "StackId",
          "RequestId",
          "LogicalResourceId",
          "ResourceType",
          "ResourceProperties");

  private static Map<String, Object> emitted;
  private static List<JsonNode> requests;

  @BeforeAll
  static void compileTheScenarioAndReadTheDocument() throws Exception {
    Path module = moduleDirectory();
    Path blueprint = module.resolve("src/test/resources/scenarios/valid/notify-callback");
    Template template =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource(
                        "notify-callback/blueprint.yaml",
                        Files.readAllBytes(blueprint.resolve("blueprint.yaml")))),
                Optional.empty())
            .templates()
            .get(0)
            .template();
    emitted = template.resources().get(CallbackCompiler.RESOURCE).properties();

    String document = Files.readString(module.resolve("../docs/notify.md"));
    ObjectMapper json = new ObjectMapper();
    requests = new ArrayList<>();
    Matcher block = JSON_BLOCK.matcher(document);
    while (block.find()) {
      JsonNode example = json.readTree(block.group(1));
      if (example.has("RequestType")) {
        requests.add(example);
      }
    }
  }

  @Test
  void theDocumentShowsCreateUpdateAndDelete() {
    assertThat(requests)
        .extracting(request -> request.get("RequestType").asText())
        .containsExactly("Create", "Update", "Delete");
  }

  @Test
  void theCreateExampleShowsExactlyThePropertiesTheCompilerEmits() {
    JsonNode create = request("Create");
    assertThat(fieldNames(create.get("ResourceProperties")))
        .containsExactlyElementsOf(emitted.keySet());
    assertThat(fieldNames(create.get("ResourceProperties").get("Outputs")))
        .containsExactlyElementsOf(outputsEmitted().keySet());
    assertThat(create.get("ResourceProperties").get("Blueprint").asText())
        .isEqualTo(emitted.get("Blueprint"));
    assertThat(create.get("ResourceProperties").get("TemplateVersion").asText())
        .isEqualTo(emitted.get("TemplateVersion"));
    assertThat(create.get("ResourceProperties").get("ServiceTimeout").asText())
        .as("CloudFormation sends numbers as strings")
        .isEqualTo(String.valueOf(emitted.get("ServiceTimeout")));
  }

  @Test
  void everyRequestCarriesTheResourcesPropertiesAndNames() {
    for (JsonNode request : requests) {
      String type = request.get("RequestType").asText();
      assertThat(fieldNames(request)).as(type).containsAll(REQUEST_FIELDS);
      assertThat(request.get("LogicalResourceId").asText())
          .as(type)
          .isEqualTo(CallbackCompiler.RESOURCE);
      assertThat(request.get("ResourceType").asText())
          .as(type)
          .isEqualTo(CallbackCompiler.RESOURCE_TYPE);
      assertThat(fieldNames(request.get("ResourceProperties")))
          .as(type)
          .containsExactlyElementsOf(emitted.keySet());
      if (!type.equals("Create")) {
        assertThat(request.has("PhysicalResourceId")).as(type + " names the registration").isTrue();
      }
    }
    assertThat(fieldNames(request("Update").get("OldResourceProperties")))
        .containsExactlyElementsOf(emitted.keySet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> outputsEmitted() {
    return (Map<String, Object>) emitted.get("Outputs");
  }

  private static JsonNode request(String type) {
    return requests.stream()
        .filter(request -> request.get("RequestType").asText().equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Path moduleDirectory() throws Exception {
    // target/test-classes -> the module
    return Paths.get(CallbackDocumentationTest.class.getResource("/scenarios").toURI())
        .getParent()
        .getParent()
        .getParent();
  }
}

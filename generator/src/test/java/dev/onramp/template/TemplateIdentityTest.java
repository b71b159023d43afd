package dev.onramp.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The callback's {@code TemplateSha256}: each rendering carries the SHA-256 of itself with that
 * value as 64 zeros, and a receiver holding the published bytes can check it.
 */
class TemplateIdentityTest {
  private static final Pattern YAML_VALUE = Pattern.compile("TemplateSha256: '([0-9a-f]{64})'");
  private static final Pattern JSON_VALUE =
      Pattern.compile("\"TemplateSha256\": \"([0-9a-f]{64})\"");

  private static CompiledTemplate notifyCallback() throws Exception {
    Path scenario =
        Paths.get(
            TemplateIdentityTest.class.getResource("/scenarios/valid/notify-callback").toURI());
    return new Generator()
        .compileAll(
            List.of(
                new BlueprintSource(
                    "notify-callback/blueprint.yaml",
                    Files.readAllBytes(scenario.resolve("blueprint.yaml")))),
            Optional.empty())
        .templates()
        .get(0);
  }

  private static String value(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("the template carries TemplateSha256").isTrue();
    String value = matcher.group(1);
    assertThat(matcher.find()).as("once").isFalse();
    return value;
  }

  @Test
  void eachRenderingCarriesTheHashOfItselfWithTheValueBlanked() throws Exception {
    CompiledTemplate template = notifyCallback();
    String yamlValue = value(YAML_VALUE, template.yaml());
    String jsonValue = value(JSON_VALUE, template.json());

    assertThat(yamlValue)
        .isEqualTo(
            ContentHash.sha256Hex(
                template
                    .yaml()
                    .replace(yamlValue, TemplateIdentity.BLANK)
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(jsonValue).isNotEqualTo(yamlValue);
    assertThat(TemplateIdentity.verifies(template.yamlBytes(), yamlValue)).isTrue();
    assertThat(TemplateIdentity.verifies(template.jsonBytes(), jsonValue)).isTrue();
    // The model keeps the blank: a CDK construct synthesized from it sends 64 zeros.
    assertThat(
            template
                .template()
                .resources()
                .get(CallbackCompiler.RESOURCE)
                .properties()
                .get("TemplateSha256"))
        .isEqualTo(TemplateIdentity.BLANK);
  }

  @Test
  void theValueIsNotTheObjectsSha256ButIdentifiesIt() throws Exception {
    CompiledTemplate template = notifyCallback();
    String value = value(YAML_VALUE, template.yaml());

    // The published object's SHA-256 (its key, the manifest's sha256) is of the stamped bytes.
    assertThat(ContentHash.sha256Hex(template.yamlBytes())).isNotEqualTo(value);
    assertThat(TemplateIdentity.verifies(template.yamlBytes(), value)).isTrue();
  }

  @Test
  void anEditedTemplateOrAnotherValueDoesNotVerify() throws Exception {
    CompiledTemplate template = notifyCallback();
    String value = value(YAML_VALUE, template.yaml());
    byte[] edited =
        template
            .yaml()
            .replace("ServiceTimeout: 120", "ServiceTimeout: 3600")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(new String(edited, StandardCharsets.UTF_8)).isNotEqualTo(template.yaml());
    assertThat(TemplateIdentity.verifies(edited, value)).isFalse();
    assertThat(TemplateIdentity.verifies(template.yamlBytes(), TemplateIdentity.BLANK)).isFalse();
    assertThat(TemplateIdentity.verifies(template.yamlBytes(), "not a hash")).isFalse();
  }

  @Test
  void aTemplateWithoutTheBlankIsLeftAsItIs() {
    assertThat(TemplateIdentity.stamp("Resources: {}\n")).isEqualTo("Resources: {}\n");
  }

  @Test
  void theGoldenTemplateVerifies() throws Exception {
    Path expected =
        Paths.get(
            TemplateIdentityTest.class
                .getResource("/scenarios/valid/notify-callback/expected/template.yaml")
                .toURI());
    byte[] bytes = Files.readAllBytes(expected);
    assertThat(
            TemplateIdentity.verifies(
                bytes, value(YAML_VALUE, new String(bytes, StandardCharsets.UTF_8))))
        .isTrue();
  }
}

package dev.onramp.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.blueprint.model.CdkSpec;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emitter's templates: strict, replaceable from a folder, their view model on request. */
class CdkGeneratorTest {
  private static final CdkSpec SPEC = new CdkSpec("com.acme.portal", null);
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme-portal
      vendor:
        accountId: "111122223333"
        principal: account-root
      roles:
        - id: PortalRole
          policySets: [read-only]
      outputs:
        - name: PortalRoleArn
          role: PortalRole
      cdk:
        package: com.acme.portal
      """;

  @TempDir Path folder;

  @Test
  void aTemplateInTheOverrideFolderReplacesTheBuiltInOneOfItsName() throws Exception {
    Files.writeString(
        folder.resolve("app.ftl"), "// the app of ${app.constructClassName}, by the vendor\n");
    CdkSources sources =
        new CdkGenerator(new CdkOptions(Optional.of(folder), false)).generate(portal(), SPEC);
    CdkSources builtIn = new CdkGenerator(CdkOptions.DEFAULT).generate(portal(), SPEC);

    assertThat(sources.files().get("com/acme/portal/AcmePortalApp.java"))
        .isEqualTo("// the app of AcmePortal, by the vendor\n");
    assertThat(sources.files().get("com/acme/portal/AcmePortal.java"))
        .isEqualTo(builtIn.files().get("com/acme/portal/AcmePortal.java"));
  }

  @Test
  void aValueTheViewModelLacksFailsInsteadOfPrintingNothing() throws Exception {
    Files.writeString(folder.resolve("props.ftl"), "class ${props.className}${props.suffix} {}\n");
    CdkGenerator generator = new CdkGenerator(new CdkOptions(Optional.of(folder), false));

    assertThatThrownBy(() -> generator.generate(portal(), SPEC))
        .isInstanceOf(CdkTemplateException.class)
        .hasMessageContaining("template props.ftl failed")
        .hasMessageContaining("props.suffix")
        .hasMessageContaining("line 1");
  }

  @Test
  void theViewModelIsDumpedNextToTheSourcesOnRequest() throws Exception {
    CdkSources sources =
        new CdkGenerator(new CdkOptions(Optional.empty(), true)).generate(portal(), SPEC);

    assertThat(sources.files().keySet())
        .containsExactly(
            "com/acme/portal/AcmePortal.java",
            "com/acme/portal/AcmePortal.view.json",
            "com/acme/portal/AcmePortalApp.java",
            "com/acme/portal/AcmePortalProps.java");
    JsonNode view =
        new ObjectMapper().readTree(sources.files().get("com/acme/portal/AcmePortal.view.json"));
    assertThat(view.at("/construct/className").asText()).isEqualTo("AcmePortal");
    assertThat(view.at("/construct/resources/0/logicalId").asText()).isEqualTo("PortalRole");
    assertThat(view.at("/props/props/0/name").asText()).isEqualTo("externalId");
    assertThat(view.at("/app/stackName").asText()).isEqualTo("\"acme-portal\"");
  }

  @Test
  void aFailingTemplateIsAnErrorOfTheBlueprintAndNothingIsWritten() throws Exception {
    Files.writeString(folder.resolve("construct.ftl"), "<#if>\n");
    Path output = folder.resolve("target/cfn");
    Path sources = folder.resolve("target/generated-sources/onramp-cdk");
    GenerateRequest request =
        new GenerateRequest(List.of(source("acme-portal.yaml", BLUEPRINT)), output)
            .withCdk(sources, new CdkOptions(Optional.of(folder), false));

    assertThatThrownBy(() -> new Generator().generate(request))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining("error ONR406")
        .hasMessageContaining("construct.ftl")
        .hasMessageContaining("fix the template in " + folder);
    assertThat(output).doesNotExist();
    assertThat(sources).doesNotExist();
  }

  @Test
  void theDefaultSourceRootIsGeneratedSourcesBesideTheOutput() throws Exception {
    Path output = folder.resolve("target/cfn");
    GenerateResult result =
        new Generator()
            .generate(new GenerateRequest(List.of(source("acme-portal.yaml", BLUEPRINT)), output));

    Path root = folder.resolve("target/generated-sources/onramp-cdk");
    assertThat(result.blueprints().get(0).cdkSources())
        .containsExactly(
            root.resolve("com/acme/portal/AcmePortal.java"),
            root.resolve("com/acme/portal/AcmePortalApp.java"),
            root.resolve("com/acme/portal/AcmePortalProps.java"));
    assertThat(root.resolve("com/acme/portal/AcmePortal.java")).isRegularFile();
  }

  @Test
  void aRenamedConstructLeavesNoStaleSourcesBehind() throws Exception {
    Path output = folder.resolve("target/cfn");
    new Generator()
        .generate(new GenerateRequest(List.of(source("acme-portal.yaml", BLUEPRINT)), output));
    String renamed = BLUEPRINT + "  className: AcmeOnboarding\n";
    new Generator()
        .generate(new GenerateRequest(List.of(source("acme-portal.yaml", renamed)), output));

    Path root = folder.resolve("target/generated-sources/onramp-cdk/com/acme/portal");
    try (var files = Files.list(root)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
          .containsExactly(
              "AcmeOnboarding.java", "AcmeOnboardingApp.java", "AcmeOnboardingProps.java");
    }
  }

  @Test
  void twoBlueprintsMayNotGenerateTheSameConstruct() {
    String other =
        BLUEPRINT.replace("name: acme-portal", "name: acme-other") + "  className: AcmePortal\n";
    GenerateRequest request =
        new GenerateRequest(
            List.of(source("acme-portal.yaml", BLUEPRINT), source("acme-other.yaml", other)),
            folder.resolve("target/cfn"));

    assertThatThrownBy(() -> new Generator().generate(request))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "error ONR407: blueprint acme-other generates construct com.acme.portal.AcmePortal, as"
                + " blueprint acme-portal does");
  }

  private static CompiledTemplate portal() throws BlueprintException {
    return new Generator()
        .compileAll(List.of(source("acme-portal.yaml", BLUEPRINT)), Optional.empty())
        .templates()
        .get(0);
  }

  private static BlueprintSource source(String name, String text) {
    return new BlueprintSource(name, text.getBytes(StandardCharsets.UTF_8));
  }
}

package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cfn:init from answers: a blueprint that generates, or a refusal with nothing written. */
class BlueprintScaffoldsTest {
  private static final String ROLE = "arn:aws:iam::111122223333:role/AcmeOnboarding";

  @TempDir Path project;

  private InitRequest request(
      String name, String roleArn, List<String> sets, List<String> regions) {
    return new InitRequest(
        project.resolve("src/main/blueprints"),
        project,
        name,
        "",
        getClass().getClassLoader(),
        roleArn,
        sets,
        regions,
        "1.2.3");
  }

  @Test
  void answersGiveABlueprintThatGenerates() throws Exception {
    InitResult result =
        new Onramp()
            .init(
                request(
                    "acme-portal",
                    ROLE,
                    List.of("read-only", "billing-read"),
                    List.of("us-east-1", "eu-west-1")));

    Path written = project.resolve("src/main/blueprints/acme-portal.yaml");
    assertThat(result.blueprints()).containsExactly(written);
    String text = Files.readString(written);
    assertThat(text)
        .contains("  name: acme-portal\n")
        .contains("  roleArn: " + ROLE + "\n")
        .contains("  - id: AcmePortalRole\n")
        .contains("    policySets: [read-only, billing-read]\n")
        .contains("regions: [us-east-1, eu-west-1]\n");
    Generator.Compilation compiled =
        new Generator()
            .compileAll(
                List.of(new BlueprintSource("acme-portal.yaml", Files.readAllBytes(written))),
                Optional.empty());
    assertThat(compiled.templates()).hasSize(1);
    assertThat(compiled.warnings()).isEmpty();
    assertThat(result.pomSnippet()).contains("<version>1.2.3</version>", "<goal>validate</goal>");
    assertThat(result.settingsSnippet()).contains("<pluginGroup>dev.onramp</pluginGroup>");
  }

  @Test
  void anExistingBlueprintIsNeverReplaced() throws Exception {
    Path existing =
        Files.createDirectories(project.resolve("src/main/blueprints")).resolve("acme.yaml");
    Files.writeString(existing, "# mine\n");

    ConfigurationException e =
        catchThrowableOfType(
            ConfigurationException.class,
            () -> new Onramp().init(request("acme", ROLE, List.of(), List.of())));

    assertThat(e.setting()).isEqualTo(Setting.INIT_NAME);
    assertThat(e.problem())
        .isEqualTo("src/main/blueprints/acme.yaml exists; cfn:init never replaces a blueprint");
    assertThat(Files.readString(existing)).isEqualTo("# mine\n");
  }

  @Test
  void answersThatWouldNotGenerateAreRefusedWithTheSettingToFix() {
    ConfigurationException badRole =
        catchThrowableOfType(
            ConfigurationException.class,
            () ->
                new Onramp()
                    .init(request("acme", "arn:aws:iam::12345:role/x", List.of(), List.of())));
    assertThat(badRole.setting()).isEqualTo(Setting.INIT_ROLE_ARN);
    assertThat(badRole.problem()).startsWith("the blueprint would not generate: ");

    ConfigurationException badSet =
        catchThrowableOfType(
            ConfigurationException.class,
            () -> new Onramp().init(request("acme", ROLE, List.of("read-onyl"), List.of())));
    assertThat(badSet.setting()).isEqualTo(Setting.INIT_POLICY_SETS);
    assertThat(badSet.fix()).contains("read-only");

    ConfigurationException badRegion =
        catchThrowableOfType(
            ConfigurationException.class,
            () -> new Onramp().init(request("acme", ROLE, List.of(), List.of("eu-west-9"))));
    assertThat(badRegion.setting()).isEqualTo(Setting.INIT_REGIONS);

    ConfigurationException badName =
        catchThrowableOfType(
            ConfigurationException.class,
            () -> new Onramp().init(request("Acme Portal", ROLE, List.of(), List.of())));
    assertThat(badName.setting()).isEqualTo(Setting.INIT_NAME);
    assertThat(project.resolve("src/main/blueprints")).doesNotExist();
  }

  @Test
  void anUnknownShippedBlueprintIsRefused() {
    ConfigurationException e =
        catchThrowableOfType(
            ConfigurationException.class,
            () ->
                new Onramp()
                    .init(
                        new InitRequest(
                            project.resolve("src/main/blueprints"),
                            project,
                            "acme",
                            "cross-acount-read-only",
                            getClass().getClassLoader(),
                            ROLE,
                            List.of(),
                            List.of(),
                            "1.2.3")));
    assertThat(e.setting()).isEqualTo(Setting.INIT_FROM);
    assertThat(e.problem()).contains("cross-acount-read-only");
  }
}

package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.review.AccessVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateImportsTest {
  @TempDir Path project;

  private Path template(String resource) throws IOException {
    Path file = project.resolve("vendor-template.yaml");
    try (InputStream in = getClass().getResourceAsStream("/dev/onramp/importer/" + resource)) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private ImportRequest request(Path template, boolean force) {
    return request(template, force, false);
  }

  private ImportRequest request(Path template, boolean force, boolean acceptEscalation) {
    return new ImportRequest(
        template,
        Optional.empty(),
        project.resolve("src/main/blueprints"),
        project.resolve("target/cfn-import"),
        project,
        force,
        false,
        acceptEscalation);
  }

  @Test
  void aDraftThatGrantsMoreIsReportedButNotWrittenUnlessAccepted() throws Exception {
    Path template = template("api-escalation.yaml");
    ImportResult refused = new Onramp().importTemplate(request(template, false));

    assertThat(refused.refusal()).contains(ImportResult.GRANTS_MORE);
    assertThat(refused.verdict()).contains(AccessVerdict.ESCALATION);
    assertThat(refused.blueprints()).isEmpty();
    assertThat(project.resolve("src/main/blueprints")).doesNotExist();
    assertThat(refused.lines().get(0).text())
        .isEqualTo(
            "import of vendor-template.yaml as blueprint vendor-template: escalation: 1"
                + " difference, 1 granting more than the original");
    assertThat(refused.lines().get(1).level()).isEqualTo(Message.Level.WARNING);
    assertThat(refused.lines().get(1).text()).contains("s3:PutObject");
    assertThat(Files.readString(refused.reportMarkdown()))
        .contains("created always: condition FullInEurope");

    ImportResult accepted = new Onramp().importTemplate(request(template, false, true));
    assertThat(accepted.refused()).isFalse();
    assertThat(accepted.blueprints())
        .containsExactly(project.resolve("src/main/blueprints/vendor-template.yaml"));
  }

  @Test
  void importsProvesAndWritesTheBlueprintAndTheReport() throws Exception {
    ImportResult result = new Onramp().importTemplate(request(template("api-sample.yaml"), false));

    assertThat(result.name()).isEqualTo("vendor-template");
    assertThat(result.verdict()).contains(AccessVerdict.EQUAL);
    assertThat(result.refused()).isFalse();
    assertThat(result.lines().get(0).text())
        .isEqualTo("import of vendor-template.yaml as blueprint vendor-template: same access");
    Path blueprint = project.resolve("src/main/blueprints/vendor-template.yaml");
    assertThat(result.blueprints()).containsExactly(blueprint);
    String draft = Files.readString(blueprint);
    assertThat(draft)
        .contains("vendor:\n  accountId: '111122223333'")
        .contains("  - id: VendorRole\n    naming: fixed\n    name: example-vendor-reader")
        .contains("      - set: tag-read-policy\n        when:\n          parameter: EnableTagRead")
        .contains("  HealthEvents:\n    type: AWS::Events::Rule");
    assertThat(Files.readString(result.draft())).isEqualTo(draft);
    assertThat(Files.readString(result.reportMarkdown()))
        .contains("**Verdict: same access.**")
        .contains("| HealthEvents | AWS::Events::Rule | resources.HealthEvents | as written |");
    assertThat(Files.readString(result.reportJson())).contains("\"verdict\": \"equal\"");

    // The same import again is the same bytes, and needs force to replace the blueprint.
    assertThatThrownBy(
            () -> new Onramp().importTemplate(request(template("api-sample.yaml"), false)))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void refusesToReplaceAnExistingBlueprintAndWritesNothing() throws Exception {
    Path existing = project.resolve("src/main/blueprints/vendor-template.yaml");
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "mine\n");

    assertThatThrownBy(
            () -> new Onramp().importTemplate(request(template("api-sample.yaml"), false)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.IMPORT_FORCE);
              assertThat(e.problem())
                  .isEqualTo(
                      "blueprint src/main/blueprints/vendor-template.yaml already exists; the import"
                          + " does not replace it");
            });
    assertThat(Files.readString(existing)).isEqualTo("mine\n");
    assertThat(project.resolve("target")).doesNotExist();

    new Onramp().importTemplate(request(template("api-sample.yaml"), true));
    assertThat(Files.readString(existing)).startsWith("# Draft blueprint imported by Onramp");
  }

  @Test
  void aMalformedTemplateIsALocatedErrorAndNothingIsWritten() throws Exception {
    Path file = project.resolve("broken.yaml");
    Files.writeString(
        file,
        "# !Reff in a comment is no error\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Reff Name\n");

    assertThatThrownBy(() -> new Onramp().importTemplate(request(file, false)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.messages()).hasSize(1);
              assertThat(e.messages().get(0).text())
                  .startsWith(
                      "broken.yaml:6:17: error ONR702: '!Reff' is not a CloudFormation intrinsic"
                          + " function")
                  .contains("fix: did you mean !Ref?")
                  .contains("fix: ");
            });
    assertThat(project.resolve("src")).doesNotExist();
    assertThat(project.resolve("target")).doesNotExist();
  }
}

package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.ProjectBlueprints;
import dev.onramp.api.VendorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which blueprints an execution reads, and what the plugin says when there are none. */
class ProjectBlueprintsTest {

  @TempDir Path project;

  private ProjectBlueprints blueprints(Path directory, List<String> shipped) {
    return new ProjectBlueprints(
        project, directory, shipped, VendorSettings.NONE, getClass().getClassLoader());
  }

  @Test
  void aMissingDirectoryWithNoShippedNamesSaysWhereItLookedAndWhatToDo() {
    Path directory = project.resolve("src/main/blueprints");

    assertThatThrownBy(() -> blueprints(directory, List.of()).sourceNames())
        .isInstanceOfSatisfying(
            NoBlueprintsException.class,
            e ->
                assertThat(AbstractBlueprintMojo.noBlueprints(e, project))
                    .isEqualTo(
                        "No blueprints to generate: "
                            + directory.toAbsolutePath()
                            + " does not exist and <blueprints> names no shipped blueprint\n"
                            + "  fix: create src/main/blueprints, or set <blueprintDirectory> to"
                            + " the folder of your blueprints"));
  }

  @Test
  void anEmptyDirectoryWithNoShippedNamesIsAlsoAConfigurationError() throws Exception {
    Path directory = Files.createDirectories(project.resolve("src/main/blueprints"));
    Files.writeString(directory.resolve("README.md"), "not a blueprint");

    assertThatThrownBy(() -> blueprints(directory, List.of(" ", "")).sourceNames())
        .isInstanceOfSatisfying(
            NoBlueprintsException.class,
            e ->
                assertThat(AbstractBlueprintMojo.noBlueprints(e, project))
                    .endsWith(
                        " has no *.yaml or *.yml file and <blueprints> names no shipped"
                            + " blueprint\n"
                            + "  fix: add a blueprint to src/main/blueprints, or name shipped"
                            + " blueprints in <blueprints>"));
  }

  @Test
  void readsEveryYamlFileWithItsPathRelativeToTheProject() throws Exception {
    Path directory = Files.createDirectories(project.resolve("src/main/blueprints"));
    Files.writeString(directory.resolve("b.yml"), "kind: Blueprint\n");
    Files.writeString(directory.resolve("a.yaml"), "kind: Blueprint\n");

    assertThat(blueprints(directory, List.of()).sourceNames())
        .containsExactly("src/main/blueprints/a.yaml", "src/main/blueprints/b.yml");
  }

  @Test
  void aShippedOrganizationBlueprintBringsItsShippedMember() throws Exception {
    Path directory = project.resolve("src/main/blueprints");

    assertThat(
            blueprints(directory, List.of("finops-payer, security-audit", "finops-payer"))
                .sourceNames())
        .containsExactly(
            "onramp-blueprints:finops-payer",
            "onramp-blueprints:finops-member",
            "onramp-blueprints:security-audit");
  }
}

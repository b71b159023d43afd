package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.generate.BlueprintSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueprintSelectionTest {

  @TempDir Path project;

  @Test
  void shippedNamesAreTrimmedWithoutBlanksOrRepeats() {
    assertThat(BlueprintSelection.normalize(List.of("read-only", " cur ,read-only", "", " ")))
        .containsExactly("read-only", "cur");
    assertThat(BlueprintSelection.normalize(Arrays.asList((String) null))).isEmpty();
    assertThat(BlueprintSelection.normalize(null)).isEmpty();
  }

  @Test
  void aMissingDirectoryWithNoShippedNamesSaysWhereItLookedAndWhatToDo() {
    Path directory = project.resolve("src/main/blueprints");
    BlueprintSelection selection = new BlueprintSelection(project, directory, List.of());

    assertThatThrownBy(() -> selection.collect(getClass().getClassLoader()))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "No blueprints to generate: "
                + directory.toAbsolutePath()
                + " does not exist and <blueprints> names no shipped blueprint, perhaps you should"
                + " create src/main/blueprints or set <blueprintDirectory>");
  }

  @Test
  void anEmptyDirectoryWithNoShippedNamesIsAlsoAConfigurationError() throws Exception {
    Path directory = Files.createDirectories(project.resolve("src/main/blueprints"));
    Files.writeString(directory.resolve("README.md"), "not a blueprint");
    BlueprintSelection selection = new BlueprintSelection(project, directory, List.of());

    assertThatThrownBy(() -> selection.collect(getClass().getClassLoader()))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageEndingWith(
            "has no *.yaml or *.yml file, perhaps you should add one or name shipped blueprints"
                + " in <blueprints>");
  }

  @Test
  void readsEveryYamlFileWithItsPathRelativeToTheProject() throws Exception {
    Path directory = Files.createDirectories(project.resolve("src/main/blueprints"));
    Files.writeString(directory.resolve("b.yml"), "kind: Blueprint\n");
    Files.writeString(directory.resolve("a.yaml"), "kind: Blueprint\n");
    BlueprintSelection selection = new BlueprintSelection(project, directory, List.of());

    assertThat(selection.collect(getClass().getClassLoader()))
        .extracting(BlueprintSource::displayName)
        .containsExactly("src/main/blueprints/a.yaml", "src/main/blueprints/b.yml");
  }

  @Test
  void aShippedOrganizationBlueprintBringsItsShippedMember() throws Exception {
    Path directory = project.resolve("src/main/blueprints");
    BlueprintSelection selection =
        new BlueprintSelection(project, directory, List.of("finops-payer", "security-audit"));

    assertThat(selection.collect(getClass().getClassLoader()))
        .extracting(BlueprintSource::displayName)
        .containsExactly(
            "onramp-blueprints:finops-payer",
            "onramp-blueprints:finops-member",
            "onramp-blueprints:security-audit");
  }
}

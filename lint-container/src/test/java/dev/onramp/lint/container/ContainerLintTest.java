package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.lint.ContainerLintProvider;
import dev.onramp.lint.KnownTemplates;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.lint.LintException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider the generator finds, and what needs no Docker engine. */
class ContainerLintTest {
  private static final String NO_DOCKER = "Could not find a valid Docker environment";

  @TempDir Path folder;

  @Test
  void theGeneratorFindsThisModuleWithTheServiceLoader() {
    assertThat(ContainerLintProvider.installed()).get().isInstanceOf(ContainerLint.class);
  }

  @Test
  void autoDescribesTheContainerEngineOfTheClassPath() throws Exception {
    try (LintEngine engine =
        LintEngines.create(LintEngines.Mode.AUTO, Optional.empty(), line -> {})) {
      assertThat(engine.description())
          .startsWith("auto: container onramp/cfn-lint:1.51.0-")
          .contains(" when a Docker engine answers, else ");
    }
  }

  @Test
  void containerModeNeedsDockerWhenItStarts() throws Exception {
    List<String> log = new ArrayList<>();
    ContainerLint container =
        new ContainerLint(ContainerSettings.defaults(), () -> Optional.of(NO_DOCKER));
    try (LintEngine engine =
        LintEngines.create(
            LintEngines.Mode.CONTAINER, Optional.of(container), Optional.empty(), log::add)) {
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: " + engine.description() + ", cfn-lint 1.51.0 (mode CONTAINER)");
      Path template = KnownTemplates.in(folder).clean;
      assertThatThrownBy(() -> engine.lint(List.of(template)))
          .isInstanceOf(LintException.class)
          .hasMessage(
              "cfn-lint in a container needs a Docker engine, and none answers: Could not find a"
                  + " valid Docker environment\n"
                  + "fix: start Docker, or use lint mode LOCAL with cfn-lint"
                  + " installed (`pip install cfn-lint`)");
    }
  }

  @Test
  void containerSettingsComeFromTheEnvironment() {
    assertThat(ContainerSettings.fromEnvironment(Map.of())).isEqualTo(ContainerSettings.defaults());
    assertThat(
            ContainerSettings.fromEnvironment(
                Map.of(
                    "ONRAMP_LINT_BASE_IMAGE", "onramp/python-base:bookworm",
                    "ONRAMP_LINT_WHEELHOUSE", "/var/cache/wheels")))
        .isEqualTo(
            new ContainerSettings(
                "onramp/python-base:bookworm",
                "1.51.0",
                Optional.of(Path.of("/var/cache/wheels"))));
  }

  @Test
  void theImageTagDependsOnlyOnWhatDecidesTheImage() {
    ContainerSettings settings = ContainerSettings.defaults();
    String dockerfile = CfnLintImage.dockerfile();
    assertThat(CfnLintImage.tagFor(settings, dockerfile))
        .isEqualTo(CfnLintImage.tagFor(settings.withWheelhouse(Optional.of(folder)), dockerfile))
        .isNotEqualTo(CfnLintImage.tagFor(settings.withBaseImage("python:3.12-slim"), dockerfile))
        .isNotEqualTo(CfnLintImage.tagFor(settings, dockerfile + "\n# changed"));
  }
}

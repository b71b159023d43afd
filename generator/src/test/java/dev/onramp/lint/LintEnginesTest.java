package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.lint.LintEngines.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which engine each mode chooses, with a stand-in for the container module and for "does a Docker
 * engine answer" (the real ones are tested in onramp-lint-container).
 */
class LintEnginesTest {
  private static final String NO_DOCKER = "Could not find a valid Docker environment";

  @TempDir Path folder;
  final List<String> log = new ArrayList<>();

  @Test
  void theContainerModuleIsNotOnThisLibrarysClassPath() {
    assertThat(ContainerLintProvider.installed()).isEmpty();
  }

  @Test
  void autoAsksNothingUntilATemplateMustBeLinted() throws Exception {
    Path executable = executable();
    try (LintEngine engine =
        LintEngines.create(
            Mode.AUTO, FakeContainerLint.mustNotAskDocker(), Optional.of(executable), log::add)) {
      assertThat(engine.description())
          .isEqualTo(
              "auto: "
                  + FakeContainerLint.DESCRIPTION
                  + " when a Docker engine answers, else local "
                  + executable);
      assertThat(engine.cacheFingerprints())
          .hasSize(2)
          .last()
          .asString()
          .startsWith("local " + executable.toRealPath());
      assertThat(log).isEmpty();
    }
  }

  @Test
  void autoTakesTheContainerWhenDockerAnswers() throws Exception {
    try (LintEngine engine =
        LintEngines.create(
            Mode.AUTO, FakeContainerLint.dockerAnswers(), Optional.of(executable()), log::add)) {
      LintEngine chosen = ((AutoLintEngine) engine).chosen();
      assertThat(engine.description())
          .isEqualTo(chosen.description())
          .isEqualTo(FakeContainerLint.DESCRIPTION);
      assertThat(engine.cfnLintVersion()).isEqualTo("1.51.0");
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: "
                  + FakeContainerLint.DESCRIPTION
                  + ", cfn-lint 1.51.0 (a Docker engine answers)");
    }
  }

  @Test
  void autoTakesTheLocalCfnLintWithoutDocker() throws Exception {
    Path executable = executable();
    try (LintEngine engine =
        LintEngines.create(
            Mode.AUTO, FakeContainerLint.noDocker(NO_DOCKER), Optional.of(executable), log::add)) {
      LintEngine chosen = ((AutoLintEngine) engine).chosen();
      assertThat(chosen).isInstanceOf(LocalCfnLintEngine.class);
      assertThat(engine.description()).isEqualTo("local " + executable);
      assertThat(engine.fingerprint()).isEqualTo(chosen.fingerprint());
    }
  }

  @Test
  void autoWithoutTheContainerModuleTakesTheLocalCfnLintAndSaysWhy() throws Exception {
    Path executable = versionPrintingExecutable();
    try (LintEngine engine =
        LintEngines.create(Mode.AUTO, Optional.empty(), Optional.of(executable), log::add)) {
      assertThat(engine.description())
          .isEqualTo("auto (no container engine on the class path): local " + executable);
      assertThat(engine.cacheFingerprints()).hasSize(1);
      assertThat(engine.cfnLintVersion()).isEqualTo("1.51.0");
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: local "
                  + executable
                  + ", cfn-lint 1.51.0 (no container engine: onramp-lint-container is not on the"
                  + " class path)");
    }
  }

  @Test
  void autoWithNeitherSaysWhatToDo() throws Exception {
    Path missing = folder.resolve("no-such-cfn-lint");
    try (LintEngine engine =
        LintEngines.create(
            Mode.AUTO, FakeContainerLint.noDocker(NO_DOCKER), Optional.of(missing), log::add)) {
      assertThatThrownBy(() -> engine.lint(List.of(folder)))
          .isInstanceOf(LintException.class)
          .hasMessage(
              "no cfn-lint engine: no Docker engine answers: Could not find a valid Docker"
                  + " environment; and the configured cfn-lint "
                  + missing
                  + " is not an executable file\n"
                  + "fix: start Docker, or `pip install cfn-lint`, or set"
                  + " <lintExecutable> (-Dcfn.lint.executable) to cfn-lint's path");
    }
  }

  @Test
  void containerModeLogsTheContainerEngine() throws Exception {
    try (LintEngine engine =
        LintEngines.create(
            Mode.CONTAINER, FakeContainerLint.noDocker(NO_DOCKER), Optional.empty(), log::add)) {
      assertThat(engine.description()).isEqualTo(FakeContainerLint.DESCRIPTION);
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: "
                  + FakeContainerLint.DESCRIPTION
                  + ", cfn-lint 1.51.0 (mode CONTAINER)");
    }
  }

  @Test
  void containerModeWithoutTheContainerModuleSaysWhatToDo() {
    assertThatThrownBy(
            () -> LintEngines.create(Mode.CONTAINER, Optional.empty(), Optional.empty(), log::add))
        .isInstanceOf(LintException.class)
        .hasMessage(
            "lint mode CONTAINER needs the container engine, and onramp-lint-container is not on"
                + " the class path\n"
                + "fix: add the dependency dev.onramp:onramp-lint-container, or use"
                + " lint mode AUTO or LOCAL");
  }

  @Test
  void localModeIgnoresDocker() throws Exception {
    try (LintEngine engine =
        LintEngines.create(
            Mode.LOCAL,
            FakeContainerLint.mustNotAskDocker(),
            Optional.of(executable()),
            log::add)) {
      assertThat(engine).isInstanceOf(LocalCfnLintEngine.class);
    }
  }

  @Test
  void localModeWithoutCfnLintSaysWhatToDo() {
    Path missing = folder.resolve("no-such-cfn-lint");
    assertThatThrownBy(
            () ->
                LintEngines.create(
                    Mode.LOCAL, FakeContainerLint.dockerAnswers(), Optional.of(missing), log::add))
        .isInstanceOf(LintException.class)
        .hasMessageContaining("the configured cfn-lint " + missing + " is not an executable file")
        .hasMessageContaining("fix: `pip install cfn-lint`");
  }

  private Path executable() throws Exception {
    return script("#!/bin/sh\nexit 0\n");
  }

  private Path versionPrintingExecutable() throws Exception {
    return script("#!/bin/sh\necho 'cfn-lint 1.51.0'\n");
  }

  private Path script(String text) throws Exception {
    Path file = Files.writeString(folder.resolve("cfn-lint"), text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}

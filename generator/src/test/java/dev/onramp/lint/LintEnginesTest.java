package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.lint.LintEngines.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which engine each mode chooses, with a stand-in for "does a Docker engine answer". */
class LintEnginesTest {
  private static final Supplier<Optional<String>> DOCKER_ANSWERS = Optional::empty;
  private static final Supplier<Optional<String>> NO_DOCKER =
      () -> Optional.of("Could not find a valid Docker environment");

  @TempDir Path folder;
  final List<String> log = new ArrayList<>();

  @Test
  void autoAsksNothingUntilATemplateMustBeLinted() throws Exception {
    Path executable = executable();
    try (LintEngine engine =
        create(
            Mode.AUTO,
            Optional.of(executable),
            () -> {
              throw new AssertionError("Docker was asked");
            })) {
      assertThat(engine.description())
          .startsWith("auto: container onramp/cfn-lint:1.51.0-")
          .endsWith(
              " (base python:3.11-slim) when a Docker engine answers, else local " + executable);
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
    try (LintEngine engine = create(Mode.AUTO, Optional.of(executable()), DOCKER_ANSWERS)) {
      LintEngine chosen = ((AutoLintEngine) engine).chosen();
      assertThat(chosen).isInstanceOf(ContainerCfnLintEngine.class);
      assertThat(engine.description()).isEqualTo(chosen.description()).startsWith("container ");
      assertThat(engine.cfnLintVersion()).isEqualTo("1.51.0");
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: "
                  + chosen.description()
                  + ", cfn-lint 1.51.0 (a Docker engine answers)");
    }
  }

  @Test
  void autoTakesTheLocalCfnLintWithoutDocker() throws Exception {
    Path executable = executable();
    try (LintEngine engine = create(Mode.AUTO, Optional.of(executable), NO_DOCKER)) {
      LintEngine chosen = ((AutoLintEngine) engine).chosen();
      assertThat(chosen).isInstanceOf(LocalCfnLintEngine.class);
      assertThat(engine.description()).isEqualTo("local " + executable);
      assertThat(engine.fingerprint()).isEqualTo(chosen.fingerprint());
    }
  }

  @Test
  void autoWithNeitherSaysWhatToDo() throws Exception {
    Path missing = folder.resolve("no-such-cfn-lint");
    try (LintEngine engine = create(Mode.AUTO, Optional.of(missing), NO_DOCKER)) {
      assertThatThrownBy(() -> engine.lint(List.of(folder)))
          .isInstanceOf(LintException.class)
          .hasMessage(
              "no cfn-lint engine: no Docker engine answers (Could not find a valid Docker"
                  + " environment), and the configured cfn-lint "
                  + missing
                  + " is not an executable file\n"
                  + "perhaps you should start Docker, or `pip install cfn-lint`, or set"
                  + " <lintExecutable> (-Dcfn.lint.executable) to cfn-lint's path");
    }
  }

  @Test
  void containerModeNeedsDockerWhenItStarts() throws Exception {
    try (LintEngine engine = create(Mode.CONTAINER, Optional.empty(), NO_DOCKER)) {
      assertThat(log)
          .containsExactly(
              "cfn-lint engine: " + engine.description() + ", cfn-lint 1.51.0 (mode CONTAINER)");
      Path template = KnownTemplates.in(folder).clean;
      assertThatThrownBy(() -> engine.lint(List.of(template)))
          .isInstanceOf(LintException.class)
          .hasMessage(
              "cfn-lint in a container needs a Docker engine, and none answers: Could not find a"
                  + " valid Docker environment\n"
                  + "perhaps you should start Docker, or use lint mode LOCAL with cfn-lint"
                  + " installed (`pip install cfn-lint`)");
    }
  }

  @Test
  void localModeIgnoresDocker() throws Exception {
    try (LintEngine engine = create(Mode.LOCAL, Optional.of(executable()), DOCKER_ANSWERS)) {
      assertThat(engine).isInstanceOf(LocalCfnLintEngine.class);
    }
  }

  @Test
  void localModeWithoutCfnLintSaysWhatToDo() {
    Path missing = folder.resolve("no-such-cfn-lint");
    assertThatThrownBy(() -> create(Mode.LOCAL, Optional.of(missing), DOCKER_ANSWERS))
        .isInstanceOf(LintException.class)
        .hasMessageContaining("the configured cfn-lint " + missing + " is not an executable file")
        .hasMessageContaining("perhaps you should `pip install cfn-lint`");
  }

  @Test
  void theRealProbeGivesAnAnswerEitherWay() {
    Optional<String> problem = LintEngines.dockerProblem();
    System.out.println(
        "Docker engine: " + problem.map(why -> "does not answer: " + why).orElse("answers"));
    problem.ifPresent(why -> assertThat(why).isNotBlank());
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

  private LintEngine create(Mode mode, Optional<Path> executable, Supplier<Optional<String>> docker)
      throws LintException {
    return LintEngines.create(mode, ContainerSettings.defaults(), executable, log::add, docker);
  }

  private Path executable() throws Exception {
    Path file = Files.writeString(folder.resolve("cfn-lint"), "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}

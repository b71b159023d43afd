package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class DockerRequirementTest {
  private static final Optional<String> NO_DOCKER = Optional.of("nothing listens at unix:///x");

  @Test
  void withDockerTheTestRuns() {
    assertThatCode(() -> DockerRequirement.assumeDocker(Optional.empty(), Map.of("CI", "true")))
        .doesNotThrowAnyException();
  }

  @Test
  void withoutDockerALocalRunSkipsSayingWhy() {
    assertThatThrownBy(() -> DockerRequirement.assumeDocker(NO_DOCKER, Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage(
            "Skipped, no Docker engine answers: nothing listens at unix:///x (with CI=true this"
                + " fails instead; start Docker to run it)");
    assertThatThrownBy(() -> DockerRequirement.assumeDocker(NO_DOCKER, Map.of("CI", "false")))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void withoutDockerACiRunFails() {
    assertThatThrownBy(() -> DockerRequirement.assumeDocker(NO_DOCKER, Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("no Docker engine answers: nothing listens at unix:///x\nCI=true:");
  }
}

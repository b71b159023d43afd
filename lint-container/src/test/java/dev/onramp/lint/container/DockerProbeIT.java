package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real probe of this machine: an integration test, since when an engine answers, Testcontainers
 * may start its reaper container.
 */
class DockerProbeIT {
  @Test
  void theRealProbeGivesAnAnswerEitherWay() {
    Optional<String> problem = DockerProbe.problem();
    System.out.println(
        "Docker engine: " + problem.map(why -> "does not answer: " + why).orElse("answers"));
    problem.ifPresent(why -> assertThat(why).isNotBlank());
    assertThat(DockerProbe.problem()).as("asked once per JVM").isEqualTo(problem);
  }
}

package dev.onramp.lint.container;

import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * What a test that needs a Docker engine does without one: on a developer's machine it is skipped,
 * saying why; in CI ({@code CI=true}, as CI services set it) it fails, since a build whose
 * container tests all skipped has not tested the container engine at all.
 */
final class DockerRequirement {
  private DockerRequirement() {}

  /**
   * @param problem empty when a Docker engine answers, else why not
   */
  static void assumeDocker(Optional<String> problem) {
    assumeDocker(problem, System.getenv());
  }

  static void assumeDocker(Optional<String> problem, Map<String, String> environment) {
    if (problem.isEmpty()) {
      return;
    }
    String why = "no Docker engine answers: " + problem.get();
    if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
      throw new AssertionError(
          why
              + "\nCI=true: the container engine's tests must run in CI; fix: start a"
              + " Docker engine first (.ci/docker-engine.sh)");
    }
    throw new TestAbortedException(
        "Skipped, " + why + " (with CI=true this fails instead; start Docker to run it)");
  }
}

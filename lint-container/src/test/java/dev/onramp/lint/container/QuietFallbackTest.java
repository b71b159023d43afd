package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.lint.KnownTemplates;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * AUTO without a Docker engine: the local cfn-lint, one log line saying why, and not a word from
 * Testcontainers, whose search for an engine logs an [ERROR] block through slf4j when it finds none
 * (slf4j-simple prints to System.out here, as Maven's binding prints to the build log).
 */
class QuietFallbackTest {
  @TempDir Path folder;

  @Test
  void noDockerEngineMeansTheLocalCfnLintAndOneLineSayingWhy() throws Exception {
    Path socket = folder.resolve("docker.sock");
    DockerEndpoints nothingThere =
        DockerEndpoints.of(
            Map.of("DOCKER_HOST", "unix://" + socket),
            Optional.empty(),
            new Properties(),
            folder,
            false,
            Optional.empty());
    ContainerLint container =
        new ContainerLint(ContainerSettings.defaults(), () -> DockerProbe.ask(nothingThere));
    Path cfnLint = fakeCfnLint();
    Path template = KnownTemplates.in(folder.resolve("templates")).clean;
    List<String> log = new ArrayList<>();

    String printed =
        printedWhile(
            () -> {
              try (LintEngine engine =
                  LintEngines.create(
                      LintEngines.Mode.AUTO,
                      Optional.of(container),
                      Optional.of(cfnLint),
                      log::add)) {
                assertThat(engine.lint(List.of(template))).isEmpty();
              }
            });

    assertThat(log)
        .containsExactly(
            "cfn-lint engine: local "
                + cfnLint
                + ", cfn-lint 1.51.0 (no Docker engine answers: nothing listens at unix://"
                + socket
                + " (DOCKER_HOST: no such socket))");
    assertThat(printed).isEmpty();
  }

  @Test
  void testcontainersLoggersWouldBeSeenHere() throws Exception {
    // The control for the test above: what Testcontainers logs reaches what it captures.
    String printed =
        printedWhile(
            () ->
                LoggerFactory.getLogger(
                        "org.testcontainers.dockerclient.DockerClientProviderStrategy")
                    .error("Could not find a valid Docker environment"));
    assertThat(printed).contains("ERROR", "Could not find a valid Docker environment");
  }

  private interface Action {
    void run() throws Exception;
  }

  /** What {@code action} printed to System.out and System.err. */
  private static String printedWhile(Action action) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      action.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private Path fakeCfnLint() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("cfn-lint"),
            "#!/bin/sh\n"
                + "if [ \"$1\" = --version ]; then echo 'cfn-lint 1.51.0'; else echo '[]'; fi\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}

package dev.onramp.lint.container;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers, asked once per JVM. First quietly, by connecting to where an
 * engine would listen ({@link DockerEndpoints}); Testcontainers is asked only when something
 * listens there, because its own search, when it finds no engine, logs an {@code [ERROR]} block
 * through slf4j, and the Maven plugin's log shows it in a build that then goes on, successfully,
 * with the local cfn-lint.
 */
final class DockerProbe {
  /** How long to wait for the Docker engine's first answer. */
  static final int ANSWER_SECONDS = 30;

  private static CompletableFuture<Optional<String>> answer;

  private DockerProbe() {}

  /**
   * Empty when a Docker engine answers; else why not. Waits at most {@link #ANSWER_SECONDS}:
   * without a registry, Testcontainers retries pulling its helper images for minutes before it
   * gives up.
   */
  static Optional<String> problem() {
    CompletableFuture<Optional<String>> pending;
    synchronized (DockerProbe.class) {
      if (answer == null) {
        answer = new CompletableFuture<>();
        CompletableFuture<Optional<String>> future = answer;
        Thread probe =
            new Thread(
                () -> {
                  try {
                    future.complete(ask(DockerEndpoints.fromEnvironment()));
                  } catch (RuntimeException | Error e) {
                    future.complete(Optional.of(CfnLintImage.rootMessage(e)));
                  }
                },
                "onramp-docker-probe");
        probe.setDaemon(true);
        probe.start();
      }
      pending = answer;
    }
    try {
      return pending.get(ANSWER_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return Optional.of(
          "no answer within "
              + ANSWER_SECONDS
              + " s; Testcontainers may be pulling its helper images (testcontainers/ryuk,"
              + " alpine): without a registry, set TESTCONTAINERS_RYUK_DISABLED=true and"
              + " TESTCONTAINERS_HOST_OVERRIDE=localhost");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while asking Docker");
    } catch (ExecutionException e) {
      return Optional.of(CfnLintImage.rootMessage(e));
    }
  }

  /** Asks, in this thread: the endpoints quietly, then, when something listens, Testcontainers. */
  static Optional<String> ask(DockerEndpoints endpoints) {
    Optional<String> nothing = endpoints.nothingListens();
    if (nothing.isPresent()) {
      return nothing;
    }
    try {
      DockerClientFactory.instance().client();
      return Optional.empty();
    } catch (RuntimeException | Error e) {
      return Optional.of(CfnLintImage.rootMessage(e));
    }
  }
}

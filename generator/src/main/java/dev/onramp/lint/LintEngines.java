package dev.onramp.lint;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.ResourceReaper;

/**
 * Chooses the cfn-lint engine: in a container when Docker answers, else cfn-lint on this machine.
 */
public final class LintEngines {

  /** Which engine to use. */
  public enum Mode {
    /** A container when a Docker engine answers, else a local cfn-lint. */
    AUTO,
    /** A container; fails when no Docker engine answers. */
    CONTAINER,
    /** The local cfn-lint: on PATH, or the configured executable. */
    LOCAL
  }

  private LintEngines() {}

  /**
   * The engine for {@code mode}. Nothing is started and, for AUTO and CONTAINER, Docker is not even
   * asked until a template must really be linted (see {@link LintEngine}); the engine and cfn-lint
   * version chosen are logged then.
   *
   * @param localExecutable cfn-lint's path for the local engine; empty to look on PATH
   * @throws LintException when mode LOCAL finds no cfn-lint, saying what to do; the other modes
   *     throw from {@link LintEngine#lint} when they have no engine
   */
  public static LintEngine create(
      Mode mode, ContainerSettings settings, Optional<Path> localExecutable, Consumer<String> log)
      throws LintException {
    return create(mode, settings, localExecutable, log, LintEngines::dockerProblem);
  }

  /**
   * @param docker empty when a Docker engine answers, else why it does not
   */
  static LintEngine create(
      Mode mode,
      ContainerSettings settings,
      Optional<Path> localExecutable,
      Consumer<String> log,
      Supplier<Optional<String>> docker)
      throws LintException {
    return switch (mode) {
      case CONTAINER -> {
        ContainerCfnLintEngine engine = new ContainerCfnLintEngine(settings, log, docker);
        log.accept(
            "cfn-lint engine: "
                + engine.description()
                + ", cfn-lint "
                + engine.cfnLintVersion()
                + " (mode CONTAINER)");
        yield engine;
      }
      case LOCAL -> {
        LocalCfnLintEngine engine =
            LocalCfnLintEngine.find(localExecutable)
                .orElseThrow(
                    () ->
                        new LintException(
                            noLocal(localExecutable)
                                + "\nperhaps you should `pip install cfn-lint`, or set"
                                + " <lintExecutable> (-Dcfn.lint.executable) to cfn-lint's path, or use lint mode"
                                + " CONTAINER with Docker running"));
        log.accept("cfn-lint engine: " + engine.description() + " (mode LOCAL)");
        yield engine;
      }
      case AUTO -> new AutoLintEngine(settings, localExecutable, log, docker);
    };
  }

  static String noLocal(Optional<Path> executable) {
    return executable
        .map(path -> "the configured cfn-lint " + path + " is not an executable file")
        .orElse("no cfn-lint executable is on PATH");
  }

  /**
   * Removes this JVM's containers now, while the caller's class loader is still open. Without Ryuk
   * (no registry to pull it from), Testcontainers removes them in a JVM shutdown hook; inside Maven
   * that hook runs after the plugin's class realm is closed, fails to load docker-java classes and
   * prints a stack trace after BUILD SUCCESS. Cleaning up here loads those classes in time, so the
   * hook then has nothing left to do. Call it only after every engine of this JVM is closed.
   */
  // performCleanup is deprecated for users of Ryuk; it is exactly what the JVM hook runs without
  // it.
  @SuppressWarnings("deprecation")
  public static void removeContainersBeforeShutdown() {
    if (ContainerCfnLintEngine.anyStarted
        && "true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
      ResourceReaper.instance().performCleanup();
    }
  }

  /**
   * Empty when a Docker engine answers; else why not. Asks once per JVM and waits at most {@link
   * #DOCKER_ANSWER_SECONDS}: without a registry, Testcontainers retries pulling its helper images
   * for minutes before it gives up.
   */
  static Optional<String> dockerProblem() {
    CompletableFuture<Optional<String>> answer;
    synchronized (LintEngines.class) {
      if (dockerAnswer == null) {
        dockerAnswer = new CompletableFuture<>();
        CompletableFuture<Optional<String>> pending = dockerAnswer;
        Thread probe =
            new Thread(
                () -> {
                  try {
                    DockerClientFactory.instance().client();
                    pending.complete(Optional.empty());
                  } catch (RuntimeException | Error e) {
                    pending.complete(Optional.of(CfnLintImage.rootMessage(e)));
                  }
                },
                "onramp-docker-probe");
        probe.setDaemon(true);
        probe.start();
      }
      answer = dockerAnswer;
    }
    try {
      return answer.get(DOCKER_ANSWER_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return Optional.of(
          "no answer within "
              + DOCKER_ANSWER_SECONDS
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

  /** How long to wait for the Docker engine's first answer. */
  static final int DOCKER_ANSWER_SECONDS = 30;

  private static CompletableFuture<Optional<String>> dockerAnswer;
}

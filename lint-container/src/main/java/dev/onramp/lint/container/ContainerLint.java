package dev.onramp.lint.container;

import dev.onramp.lint.ContainerLintProvider;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.testcontainers.utility.ResourceReaper;

/**
 * The container engine for the generator's lint modes. The service loader makes it with the
 * settings of the environment ({@link ContainerSettings#fromEnvironment()}), which is how {@code
 * LintEngines.create(mode, executable, log)} finds it; a front end with settings of its own (the
 * Maven plugin's parameters) makes it with those and passes it to {@code LintEngines.create}.
 */
public final class ContainerLint implements ContainerLintProvider {
  private final ContainerSettings settings;
  private final Supplier<Optional<String>> docker;

  /** With the settings of the environment; the constructor the service loader calls. */
  public ContainerLint() {
    this(ContainerSettings.fromEnvironment());
  }

  public ContainerLint(ContainerSettings settings) {
    this(settings, DockerProbe::problem);
  }

  /**
   * @param docker empty when a Docker engine answers, else why not
   */
  ContainerLint(ContainerSettings settings, Supplier<Optional<String>> docker) {
    this.settings = settings;
    this.docker = docker;
  }

  @Override
  public Optional<String> dockerProblem() {
    return docker.get();
  }

  @Override
  public ContainerCfnLintEngine engine(Consumer<String> log) {
    return new ContainerCfnLintEngine(settings, log, docker);
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
}

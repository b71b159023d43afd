package dev.onramp.lint.container;

import dev.onramp.lint.CfnLintOutput;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintException;
import dev.onramp.lint.LintFinding;
import dev.onramp.lint.LocalCfnLintEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * cfn-lint in a container of the {@link CfnLintImage}: one long-running container per engine,
 * started on the first lint (or {@link #start()}) and stopped on {@link #close()}. Each lint copies
 * its templates in as one archive and runs cfn-lint once for all of them with {@code
 * execInContainer}, so after start-up it costs what a local cfn-lint costs.
 */
public final class ContainerCfnLintEngine implements LintEngine {
  private static final String WORK = "/lint";

  private final ContainerSettings settings;
  private final CfnLintImage image;
  private final Consumer<String> log;
  private final Supplier<Optional<String>> docker;
  private final AtomicInteger runs = new AtomicInteger();
  private GenericContainer<?> container;

  /**
   * An engine that starts nothing yet; {@code log} receives image build progress.
   *
   * @param docker empty when a Docker engine answers, else why not; asked on start
   */
  ContainerCfnLintEngine(
      ContainerSettings settings, Consumer<String> log, Supplier<Optional<String>> docker) {
    this.settings = settings;
    this.image = new CfnLintImage(settings);
    this.log = log;
    this.docker = docker;
  }

  /** The image tag, deterministic from the base image, cfn-lint version and Dockerfile. */
  public String imageTag() {
    return image.tag();
  }

  @Override
  public String description() {
    return "container " + image.tag() + " (base " + settings.baseImage() + ")";
  }

  /** The pinned version the image installs; known without starting anything. */
  @Override
  public String cfnLintVersion() {
    return settings.cfnLintVersion();
  }

  @Override
  public String fingerprint() {
    return "cfn-lint " + settings.cfnLintVersion() + " in " + image.tag();
  }

  /**
   * Whether this JVM has started a container; see {@link
   * ContainerLint#removeContainersBeforeShutdown}.
   */
  static volatile boolean anyStarted;

  /** Builds the image if it is not there and starts the container; later calls do nothing. */
  public synchronized void start() throws LintException {
    if (container != null) {
      return;
    }
    Optional<String> problem = docker.get();
    if (problem.isPresent()) {
      throw new LintException(
          "cfn-lint in a container needs a Docker engine, and none answers: "
              + problem.get()
              + "\nfix: start Docker, or use lint mode LOCAL with cfn-lint installed"
              + " (`pip install cfn-lint`)");
    }
    image.ensureBuilt(log);
    GenericContainer<?> started =
        new GenericContainer<>(DockerImageName.parse(image.tag())).withCommand("sleep", "infinity");
    anyStarted = true;
    try {
      started.start();
    } catch (RuntimeException e) {
      started.stop();
      throw new LintException(
          "cannot start a container of "
              + image.tag()
              + ": "
              + CfnLintImage.rootMessage(e)
              + "\nfix: check that the Docker engine runs containers (`docker run --rm "
              + image.tag()
              + " cfn-lint --version`), or use the local engine",
          e);
    }
    container = started;
  }

  private synchronized GenericContainer<?> running() throws LintException {
    start();
    return container;
  }

  @Override
  public List<LintFinding> lint(List<Path> templates) throws LintException {
    if (templates.isEmpty()) {
      return List.of();
    }
    GenericContainer<?> running = running();
    String run = WORK + "/run-" + runs.incrementAndGet();
    Map<String, Path> inContainer = new LinkedHashMap<>();
    Path staging = stage(templates, run, inContainer);
    try {
      List<String> command = new ArrayList<>(List.of("sh", "-c", LINT_AND_CLEAN, "sh", run));
      command.addAll(List.of("--format", "json", "--"));
      command.addAll(inContainer.keySet());
      String shown =
          "docker exec "
              + running.getContainerId()
              + " cfn-lint --format json -- "
              + LocalCfnLintEngine.shownFiles(List.copyOf(inContainer.keySet()));
      ExecResult result;
      try {
        running.copyFileToContainer(MountableFile.forHostPath(staging), run);
        result = running.execInContainer(command.toArray(String[]::new));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LintException("interrupted while running " + shown, e);
      } catch (Exception e) {
        throw new LintException(
            "cannot run cfn-lint in container "
                + running.getContainerId()
                + ": "
                + CfnLintImage.rootMessage(e)
                + "\nfix: check that the Docker engine still runs",
            e);
      }
      return CfnLintOutput.parse(
          result.getExitCode(), result.getStdout(), result.getStderr(), inContainer, shown);
    } finally {
      deleteQuietly(staging);
    }
  }

  /** Runs cfn-lint with the arguments after the folder, then removes the folder; keeps the code. */
  private static final String LINT_AND_CLEAN =
      "dir=$1; shift; cfn-lint \"$@\"; status=$?; rm -rf \"$dir\"; exit $status";

  /**
   * Copies the templates into a local folder laid out as they will be in the container: one
   * subfolder per template, keeping its file name (cfn-lint reads .json and .yaml alike, but its
   * messages name the file).
   */
  private static Path stage(List<Path> templates, String run, Map<String, Path> inContainer)
      throws LintException {
    Path staging;
    try {
      staging = Files.createTempDirectory("onramp-cfn-lint");
    } catch (IOException e) {
      throw new LintException("cannot create a temporary folder: " + e.getMessage(), e);
    }
    for (int i = 0; i < templates.size(); i++) {
      Path template = templates.get(i);
      if (!Files.isRegularFile(template)) {
        deleteQuietly(staging);
        throw new LintException("cannot lint " + template + ": no such file");
      }
      String name = template.getFileName().toString();
      try {
        Path copy = Files.createDirectories(staging.resolve(Integer.toString(i))).resolve(name);
        Files.copy(template, copy);
      } catch (IOException e) {
        deleteQuietly(staging);
        throw new LintException("cannot copy " + template + ": " + e.getMessage(), e);
      }
      inContainer.put(run + "/" + i + "/" + name, template);
    }
    return staging;
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  @Override
  public synchronized void close() {
    if (container != null) {
      container.stop();
      container = null;
    }
  }
}

package dev.onramp.lint;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Chooses the cfn-lint engine: in a container when the container module is on the class path and
 * Docker answers, else cfn-lint on this machine.
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
   * The engine for {@code mode}, with the container engine of the class path ({@link
   * ContainerLintProvider#installed()}), if any.
   *
   * @see #create(Mode, Optional, Optional, Consumer)
   */
  public static LintEngine create(Mode mode, Optional<Path> localExecutable, Consumer<String> log)
      throws LintException {
    return create(mode, ContainerLintProvider.installed(), localExecutable, log);
  }

  /**
   * The engine for {@code mode}. Nothing is started and, for AUTO and CONTAINER, Docker is not even
   * asked until a template must really be linted (see {@link LintEngine}); the engine and cfn-lint
   * version chosen are logged then, in one line that says why.
   *
   * @param container the container engine; empty when {@code onramp-lint-container} is absent
   * @param localExecutable cfn-lint's path for the local engine; empty to look on PATH
   * @throws LintException when mode LOCAL finds no cfn-lint, or mode CONTAINER has no container
   *     engine, saying what to do; AUTO throws from {@link LintEngine#lint} when it has no engine
   */
  public static LintEngine create(
      Mode mode,
      Optional<ContainerLintProvider> container,
      Optional<Path> localExecutable,
      Consumer<String> log)
      throws LintException {
    return switch (mode) {
      case CONTAINER -> {
        LintEngine engine =
            container
                .orElseThrow(
                    () ->
                        new LintException(
                            "lint mode CONTAINER needs the container engine, and "
                                + NO_CONTAINER_MODULE
                                + "\nfix: add the dependency"
                                + " dev.onramp:onramp-lint-container, or use lint mode AUTO or"
                                + " LOCAL"))
                .engine(log);
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
                                + "\nfix: `pip install cfn-lint`, or set"
                                + " <lintExecutable> (-Dcfn.lint.executable) to cfn-lint's path, or use lint mode"
                                + " CONTAINER with Docker running"));
        log.accept("cfn-lint engine: " + engine.description() + " (mode LOCAL)");
        yield engine;
      }
      case AUTO -> new AutoLintEngine(container, localExecutable, log);
    };
  }

  /** Why there is no container engine when the module is absent. */
  static final String NO_CONTAINER_MODULE = "onramp-lint-container is not on the class path";

  static String noLocal(Optional<Path> executable) {
    return executable
        .map(path -> "the configured cfn-lint " + path + " is not an executable file")
        .orElse("no cfn-lint executable is on PATH");
  }
}

package dev.onramp.lint;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * cfn-lint in a container, supplied by the optional module {@code onramp-lint-container}: this
 * library runs no container itself, so that it needs neither Testcontainers nor docker-java. The
 * module registers its provider with {@link ServiceLoader}; {@link LintEngines.Mode#AUTO} uses the
 * local cfn-lint when no provider is on the class path or no Docker engine answers.
 */
public interface ContainerLintProvider {

  /**
   * Empty when a Docker engine answers, else why not, in a few words for the build log. Quiet: a
   * missing engine is an answer, not an error, so nothing is logged while asking.
   */
  Optional<String> dockerProblem();

  /**
   * An engine that starts nothing until it must lint, and asks {@link #dockerProblem()} then (see
   * {@link LintEngine}); {@code log} receives image build progress.
   */
  LintEngine engine(Consumer<String> log);

  /** The provider on this library's class path, if any: the first one the service loader finds. */
  static Optional<ContainerLintProvider> installed() {
    return ServiceLoader.load(
            ContainerLintProvider.class, ContainerLintProvider.class.getClassLoader())
        .findFirst();
  }
}

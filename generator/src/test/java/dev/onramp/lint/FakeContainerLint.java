package dev.onramp.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A stand-in for onramp-lint-container, which this module cannot see: a container engine that
 * describes itself but lints nothing, and a Docker answer given by the test.
 */
final class FakeContainerLint implements ContainerLintProvider {
  static final String DESCRIPTION = "container onramp/cfn-lint:1.51.0-test (base python)";

  private final Supplier<Optional<String>> docker;

  private FakeContainerLint(Supplier<Optional<String>> docker) {
    this.docker = docker;
  }

  static Optional<ContainerLintProvider> dockerAnswers() {
    return Optional.of(new FakeContainerLint(Optional::empty));
  }

  static Optional<ContainerLintProvider> noDocker(String why) {
    return asking(() -> Optional.of(why));
  }

  /** A provider whose Docker question fails the test: nothing should need an engine yet. */
  static Optional<ContainerLintProvider> mustNotAskDocker() {
    return asking(
        () -> {
          throw new AssertionError("Docker was asked");
        });
  }

  /** {@code docker} answers whether Docker does, and may count or refuse the question. */
  static Optional<ContainerLintProvider> asking(Supplier<Optional<String>> docker) {
    return Optional.of(new FakeContainerLint(docker));
  }

  @Override
  public Optional<String> dockerProblem() {
    return docker.get();
  }

  @Override
  public LintEngine engine(Consumer<String> log) {
    return new LintEngine() {
      @Override
      public String description() {
        return DESCRIPTION;
      }

      @Override
      public String cfnLintVersion() {
        return "1.51.0";
      }

      @Override
      public String fingerprint() {
        return "cfn-lint 1.51.0 in onramp/cfn-lint:1.51.0-test";
      }

      @Override
      public List<LintFinding> lint(List<Path> templates) throws LintException {
        throw new LintException("the stand-in container engine lints nothing");
      }

      @Override
      public void close() {}
    };
  }
}

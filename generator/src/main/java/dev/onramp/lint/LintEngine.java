package dev.onramp.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * A way to run cfn-lint: in a container (from a {@link ContainerLintProvider}) or as a local
 * process ({@link LocalCfnLintEngine}), or whichever of them answers ({@link
 * LintEngines.Mode#AUTO}). Engines start lazily: creating one, and asking for its {@link
 * #description()} or {@link #cacheFingerprints()}, starts no process and no container, so that a
 * run answered wholly from the {@link LintCache} stays fast. Close it to stop what it started.
 */
public interface LintEngine extends AutoCloseable {

  /**
   * What runs cfn-lint, for the build log: {@code container onramp/cfn-lint:1.51.0-… (base
   * python:3.11-slim)} or {@code local /usr/local/bin/cfn-lint}.
   */
  String description();

  /** The cfn-lint version, such as {@code 1.51.0}; a local engine may run cfn-lint to learn it. */
  String cfnLintVersion() throws LintException;

  /**
   * Everything besides a template's bytes that decides this engine's findings (cfn-lint's version,
   * image or executable, extra arguments), without starting anything. Engines with equal
   * fingerprints give equal findings for equal templates; {@link LintCache} keys on it.
   */
  String fingerprint();

  /**
   * The fingerprints whose cached findings this engine may answer with, computed without choosing
   * or starting anything: its own by default; an automatic engine's are those of every engine it
   * may choose, so that a fully cached run does not even ask Docker.
   */
  default List<String> cacheFingerprints() {
    return List.of(fingerprint());
  }

  /**
   * Lints all templates in one cfn-lint invocation ({@code --format json}) and returns every
   * finding, each naming the template path as given here.
   *
   * @throws LintException when cfn-lint cannot be run, fails, or prints something that is not a
   *     result (a usage error is never "no findings")
   */
  List<LintFinding> lint(List<Path> templates) throws LintException;

  /** Stops the container or process this engine started, if any. */
  @Override
  void close();
}

package dev.onramp.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link LintEngines.Mode#AUTO}: the container engine when it is on the class path and a Docker
 * engine answers, else the local cfn-lint. The choice is made when a template must really be
 * linted, not before: asking Docker may take a second or more, and a run answered from the cache
 * needs no engine at all. The choice is logged once, in one line that says why.
 */
final class AutoLintEngine implements LintEngine {
  private final Optional<ContainerLintProvider> provider;
  private final Optional<LintEngine> container;
  private final Optional<LocalCfnLintEngine> local;
  private final Optional<Path> localExecutable;
  private final Consumer<String> log;
  private LintEngine chosen;
  private String reason;
  private boolean logged;

  AutoLintEngine(
      Optional<ContainerLintProvider> provider,
      Optional<Path> localExecutable,
      Consumer<String> log) {
    this.provider = provider;
    this.container = provider.map(containers -> containers.engine(log));
    this.local = LocalCfnLintEngine.find(localExecutable);
    this.localExecutable = localExecutable;
    this.log = log;
  }

  @Override
  public synchronized String description() {
    if (chosen != null) {
      return chosen.description();
    }
    String localEngine =
        local.map(LocalCfnLintEngine::description).orElse("a local cfn-lint (none on PATH)");
    return container
            .map(engine -> "auto: " + engine.description() + " when a Docker engine answers, else ")
            .orElse("auto (no container engine on the class path): ")
        + localEngine;
  }

  @Override
  public String cfnLintVersion() throws LintException {
    String version = chosen().cfnLintVersion();
    logChoice(version);
    return version;
  }

  @Override
  public String fingerprint() {
    try {
      return chosen().fingerprint();
    } catch (LintException e) {
      return "auto (no engine)";
    }
  }

  @Override
  public List<String> cacheFingerprints() {
    List<String> fingerprints = new ArrayList<>();
    container.ifPresent(engine -> fingerprints.add(engine.fingerprint()));
    local.ifPresent(engine -> fingerprints.add(engine.fingerprint()));
    return fingerprints;
  }

  /** Chooses the engine on the first call; logs the choice once the version is known. */
  @Override
  public List<LintFinding> lint(List<Path> templates) throws LintException {
    LintEngine engine = chosen();
    List<LintFinding> findings = engine.lint(templates);
    // A local engine reads its version alongside the lint: known by now at no extra cost.
    logChoice(engine.cfnLintVersion());
    return findings;
  }

  /** Asks Docker, once, when the container engine is there to use it. */
  synchronized LintEngine chosen() throws LintException {
    if (chosen != null) {
      return chosen;
    }
    String noContainer;
    if (container.isPresent()) {
      Optional<String> problem = provider.orElseThrow().dockerProblem();
      if (problem.isEmpty()) {
        chosen = container.get();
        reason = "a Docker engine answers";
        return chosen;
      }
      noContainer = "no Docker engine answers: " + problem.get();
    } else {
      noContainer = "no container engine: " + LintEngines.NO_CONTAINER_MODULE;
    }
    if (local.isEmpty()) {
      throw new LintException(
          "no cfn-lint engine: "
              + noContainer
              + "; and "
              + LintEngines.noLocal(localExecutable)
              + "\nfix: start Docker, or `pip install cfn-lint`, or set"
              + " <lintExecutable> (-Dcfn.lint.executable) to cfn-lint's path");
    }
    chosen = local.get();
    reason = noContainer;
    return chosen;
  }

  private synchronized void logChoice(String version) {
    if (!logged) {
      logged = true;
      log.accept(
          "cfn-lint engine: "
              + chosen.description()
              + ", cfn-lint "
              + version
              + " ("
              + reason
              + ")");
    }
  }

  @Override
  public synchronized void close() {
    container.ifPresent(LintEngine::close);
    local.ifPresent(LocalCfnLintEngine::close);
  }
}

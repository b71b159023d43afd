package dev.onramp.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link LintEngines.Mode#AUTO}: the container engine when a Docker engine answers, else the local
 * cfn-lint. The choice is made when a template must really be linted, not before: asking Docker
 * takes a second or more, and a run answered from the cache needs no engine at all.
 */
final class AutoLintEngine implements LintEngine {
  private final ContainerCfnLintEngine container;
  private final Optional<LocalCfnLintEngine> local;
  private final Optional<Path> localExecutable;
  private final Consumer<String> log;
  private final Supplier<Optional<String>> docker;
  private LintEngine chosen;
  private String reason;
  private boolean logged;

  AutoLintEngine(
      ContainerSettings settings,
      Optional<Path> localExecutable,
      Consumer<String> log,
      Supplier<Optional<String>> docker) {
    this.container = new ContainerCfnLintEngine(settings, log);
    this.local = LocalCfnLintEngine.find(localExecutable);
    this.localExecutable = localExecutable;
    this.log = log;
    this.docker = docker;
  }

  @Override
  public synchronized String description() {
    if (chosen != null) {
      return chosen.description();
    }
    return "auto: "
        + container.description()
        + " when a Docker engine answers, else "
        + local.map(LocalCfnLintEngine::description).orElse("a local cfn-lint (none on PATH)");
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
    List<String> fingerprints = new ArrayList<>(List.of(container.fingerprint()));
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

  /** Asks Docker, once. */
  synchronized LintEngine chosen() throws LintException {
    if (chosen != null) {
      return chosen;
    }
    Optional<String> problem = docker.get();
    if (problem.isEmpty()) {
      chosen = container;
      reason = "a Docker engine answers";
    } else if (local.isPresent()) {
      chosen = local.get();
      reason = "no Docker engine answers: " + problem.get();
    } else {
      throw new LintException(
          "no cfn-lint engine: no Docker engine answers ("
              + problem.get()
              + "), and "
              + LintEngines.noLocal(localExecutable)
              + "\nperhaps you should start Docker, or `pip install cfn-lint`, or set"
              + " <lintExecutable> (-Dcfn.lint.executable) to cfn-lint's path");
    }
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
    container.close();
    local.ifPresent(LocalCfnLintEngine::close);
  }
}

package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.onramp.lint.KnownTemplates;
import dev.onramp.lint.LintException;
import dev.onramp.lint.LintFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The container engine for real, when a Docker engine answers (on CI it does: .ci/run starts one
 * and prepares a local base image and wheels). Without one, every test is skipped with the reason,
 * or fails with CI=true ({@link DockerRequirement}). One container serves all tests.
 */
class ContainerCfnLintEngineIT {
  private static ContainerCfnLintEngine engine;
  private static Optional<String> noDocker;

  @TempDir Path folder;

  @BeforeAll
  static void startOneContainer() throws LintException {
    noDocker = DockerProbe.problem();
    try {
      DockerRequirement.assumeDocker(noDocker);
    } catch (TestAbortedException skipped) {
      System.out.println(skipped.getMessage()); // once; each test then skips with this reason
      return;
    }
    engine = new ContainerLint(ContainerSettings.fromEnvironment()).engine(System.out::println);
    long start = System.nanoTime();
    engine.start();
    System.out.printf(
        "cfn-lint engine: %s, image built or found and container started in %d ms%n",
        engine.description(), (System.nanoTime() - start) / 1_000_000);
  }

  @AfterAll
  static void stopIt() {
    if (engine != null) {
      engine.close();
    }
  }

  /** The running engine; skips the test, or fails it in CI, without a Docker engine. */
  private static ContainerCfnLintEngine engine() {
    DockerRequirement.assumeDocker(noDocker);
    return engine;
  }

  @Test
  void findsTheKnownErrorAndWarningInOneRun() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder);
    templates.assertFindings(engine().lint(templates.all()));
  }

  @Test
  void aCleanTemplateHasNoFindings() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder);
    assertThat(engine().lint(List.of(templates.clean))).isEmpty();
  }

  @Test
  void templatesWithTheSameNameInDifferentFoldersKeepTheirPaths() throws Exception {
    Path a = KnownTemplates.in(folder.resolve("a")).error;
    Path b = Files.copy(a, Files.createDirectories(folder.resolve("b")).resolve("error.yaml"));
    assertThat(engine().lint(List.of(a, b)))
        .extracting(LintFinding::template, LintFinding::ruleId)
        .containsExactlyInAnyOrder(tuple(a, "E3012"), tuple(b, "E3012"));
  }

  @Test
  void theImageHasThePinnedCfnLint() throws Exception {
    assertThat(engine().cfnLintVersion()).isEqualTo(ContainerSettings.DEFAULT_CFN_LINT_VERSION);
    assertThat(engine().imageTag())
        .startsWith("onramp/cfn-lint:" + ContainerSettings.DEFAULT_CFN_LINT_VERSION + "-");
  }

  @Test
  void aMissingTemplateIsAnException() {
    Path missing = folder.resolve("missing.yaml");
    ContainerCfnLintEngine running = engine(); // skips outside the assertion without Docker
    assertThatThrownBy(() -> running.lint(List.of(missing)))
        .isInstanceOf(LintException.class)
        .hasMessage("cannot lint " + missing + ": no such file");
  }
}

package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container engine for real, when a Docker engine answers (on CI it does: .ci/run starts one
 * and prepares a local base image and wheels); otherwise every test is skipped with the reason. One
 * container serves all tests.
 */
class ContainerCfnLintEngineTest {
  private static ContainerCfnLintEngine engine;
  private static String noDocker;

  @TempDir Path folder;

  @BeforeAll
  static void startOneContainer() throws LintException {
    noDocker = LintEngines.dockerProblem().orElse(null);
    if (noDocker != null) {
      System.out.println("Container cfn-lint tests skipped: no Docker engine answers: " + noDocker);
      return;
    }
    engine = new ContainerCfnLintEngine(ContainerSettings.fromEnvironment(), System.out::println);
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

  private static ContainerCfnLintEngine engine() {
    assumeTrue(noDocker == null, () -> "no Docker engine answers: " + noDocker);
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
    LintEngine engine = engine(); // skips the test, outside the assertion, when Docker is absent
    assertThatThrownBy(() -> engine.lint(List.of(missing)))
        .isInstanceOf(LintException.class)
        .hasMessage("cannot lint " + missing + ": no such file");
  }

  @Test
  void theImageTagDependsOnlyOnWhatDecidesTheImage() {
    ContainerSettings settings = ContainerSettings.defaults();
    String dockerfile = CfnLintImage.dockerfile();
    assertThat(CfnLintImage.tagFor(settings, dockerfile))
        .isEqualTo(CfnLintImage.tagFor(settings.withWheelhouse(Optional.of(folder)), dockerfile))
        .isNotEqualTo(CfnLintImage.tagFor(settings.withBaseImage("python:3.12-slim"), dockerfile))
        .isNotEqualTo(CfnLintImage.tagFor(settings, dockerfile + "\n# changed"));
  }
}

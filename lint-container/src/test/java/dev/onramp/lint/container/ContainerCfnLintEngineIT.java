package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import dev.onramp.lint.KnownTemplates;
import dev.onramp.lint.LintException;
import dev.onramp.lint.LintFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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

  /**
   * Every template the generator's golden scenarios make is clean in the container too, the engine
   * vendors get in CI, not only with the local cfn-lint of the generator's own IT. The scenarios
   * are read from the generator module's sources, next to this module.
   */
  @Test
  void everyGoldenScenarioTemplateIsCleanInTheContainer() throws Exception {
    Path scenarios =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolveSibling("generator/src/test/resources/scenarios/valid");
    List<BlueprintSource> sources = new ArrayList<>();
    try (Stream<Path> folders = Files.list(scenarios)) {
      for (Path scenario : folders.filter(Files::isDirectory).sorted().toList()) {
        sources.addAll(Scenarios.sources(scenario));
      }
    }
    GenerateResult result =
        new Generator().generate(new GenerateRequest(sources, folder.resolve("out")));
    List<Path> templates = new ArrayList<>();
    for (GeneratedBlueprint blueprint : result.blueprints()) {
      templates.add(blueprint.directory().resolve(Generator.YAML_FILE));
      templates.add(blueprint.directory().resolve(Generator.JSON_FILE));
    }
    assertThat(templates).hasSizeGreaterThan(80);

    List<LintFinding> findings = engine().lint(templates);

    System.out.println("linted " + templates.size() + " golden templates in the container");
    assertThat(findings).as("cfn-lint findings in the container").isEmpty();
  }
}

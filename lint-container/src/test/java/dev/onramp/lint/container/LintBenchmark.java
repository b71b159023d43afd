package dev.onramp.lint.container;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import dev.onramp.lint.CachedLint;
import dev.onramp.lint.LintCache;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.lint.LocalCfnLintEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * Measures the lint engines; not a test. Generates the valid scenarios' templates (yaml and json),
 * copied {@code copies} times, then times: the image build cold (image removed first, with {@code
 * --cold}) and warm (layer cache), finding the built image, the container start, lint of all
 * templates in the container and by a local cfn-lint run directly (median of {@code rounds}), and a
 * fully cached rerun through {@link LintCache}. Run from the repository root after {@code ./mvnw
 * -pl lint-container -am test-compile}, or with benchmarks/scripts/bench-lint-engines.sh:
 *
 * <pre>
 * java -cp lint-container/target/classes:lint-container/target/test-classes:$(cat cp.txt) \
 *     dev.onramp.lint.container.LintBenchmark [--cold] [copies] [rounds]
 * </pre>
 *
 * With {@code --cached-only CACHE_DIR} it instead times what a build whose templates are all cached
 * does in a fresh JVM: choose the engine (AUTO, which asks Docker) and read the cache.
 */
public final class LintBenchmark {
  private LintBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    if (rest.remove("--cached-only")) {
      cachedOnly(Path.of(rest.get(0)), Path.of(rest.get(1)));
      return;
    }
    boolean cold = rest.remove("--cold");
    int copies = rest.isEmpty() ? 1 : Integer.parseInt(rest.remove(0));
    int rounds = rest.isEmpty() ? 3 : Integer.parseInt(rest.remove(0));
    Path work = Files.createTempDirectory("onramp-lint-benchmark");
    List<Path> templates = templates(work.resolve("cfn"), copies);
    System.out.printf("%d templates in %s%n", templates.size(), work);

    ContainerSettings settings = ContainerSettings.fromEnvironment();
    CfnLintImage image = new CfnLintImage(settings);
    long t = System.nanoTime();
    String problem = DockerProbe.problem().orElse(null);
    System.out.printf("Docker client ready in %d ms%n", ms(t));
    if (problem != null) {
      throw new IllegalStateException("no Docker engine answers: " + problem);
    }
    if (cold) {
      try {
        DockerClientFactory.instance().client().removeImageCmd(image.tag()).withForce(true).exec();
      } catch (NotFoundException absent) {
        // already cold
      }
      t = System.nanoTime();
      image.build(line -> {});
      System.out.printf("image build, cold (no image, no layer cache): %d ms%n", ms(t));
      t = System.nanoTime();
      image.build(line -> {});
      System.out.printf("image build, warm (layer cache, context sent again): %d ms%n", ms(t));
    }
    t = System.nanoTime();
    image.ensureBuilt(line -> {});
    System.out.printf("image present, found by tag, no build: %d ms%n", ms(t));

    try (ContainerCfnLintEngine container = new ContainerLint(settings).engine(line -> {})) {
      t = System.nanoTime();
      container.start();
      System.out.printf("container start: %d ms (%s)%n", ms(t), container.description());
      t = System.nanoTime();
      int findings = container.lint(templates).size();
      System.out.printf("first container lint: %d ms, %d findings%n", ms(t), findings);

      LocalCfnLintEngine local = LocalCfnLintEngine.find(Optional.empty()).orElseThrow();
      List<String> direct =
          new ArrayList<>(List.of(local.executable().toString(), "--format", "json", "--"));
      templates.forEach(template -> direct.add(template.toString()));
      long[] inContainer = new long[rounds];
      long[] directRun = new long[rounds];
      for (int round = 0; round < rounds; round++) {
        t = System.nanoTime();
        container.lint(templates);
        inContainer[round] = ms(t);
        t = System.nanoTime();
        Process process =
            new ProcessBuilder(direct)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.waitFor();
        directRun[round] = ms(t);
      }
      long c = median(inContainer);
      long d = median(directRun);
      System.out.printf(
          "lint %d templates: container %s ms (median %d), local cfn-lint direct %s ms (median %d),"
              + " ratio %.2f%n",
          templates.size(),
          Arrays.toString(inContainer),
          c,
          Arrays.toString(directRun),
          d,
          (double) c / d);

      Path cacheDir = work.resolve("cache");
      LintCache cache = new LintCache(cacheDir);
      t = System.nanoTime();
      cache.lint(container, templates);
      System.out.printf("cache fill (container lint + writing entries): %d ms%n", ms(t));
      t = System.nanoTime();
      CachedLint again = cache.lint(container, templates);
      System.out.printf(
          "cached rerun in this JVM: %d ms, %d of %d cached%n",
          ms(t), again.cachedCount(), templates.size());
      System.out.printf("for a fresh JVM: --cached-only %s %s%n", work.resolve("cfn"), cacheDir);
    }
  }

  /** A fully cached run in a fresh JVM: choose the engine (AUTO) and answer from the cache. */
  private static void cachedOnly(Path cfn, Path cacheDir) throws Exception {
    long start = System.nanoTime();
    List<Path> templates;
    try (Stream<Path> files = Files.walk(cfn)) {
      templates = files.filter(Files::isRegularFile).sorted().toList();
    }
    try (LintEngine engine =
        LintEngines.create(LintEngines.Mode.AUTO, Optional.empty(), line -> {})) {
      long chosen = ms(start);
      long t = System.nanoTime();
      CachedLint result = new LintCache(cacheDir).lint(engine, templates);
      System.out.printf(
          "fresh JVM, fully cached: engine chosen in %d ms (%s), cache read in %d ms, %d of %d"
              + " cached, total %d ms since main%n",
          chosen, result.engine(), ms(t), result.cachedCount(), templates.size(), ms(start));
    }
  }

  private static List<Path> templates(Path output, int copies) throws Exception {
    Path scenarios = Path.of("generator/src/test/resources/scenarios/valid");
    List<BlueprintSource> sources = new ArrayList<>();
    try (Stream<Path> folders = Files.list(scenarios)) {
      for (Path folder : folders.sorted().toList()) {
        sources.add(
            new BlueprintSource(
                folder.getFileName() + "/blueprint.yaml",
                Files.readAllBytes(folder.resolve("blueprint.yaml"))));
        Path members = folder.resolve("members");
        if (Files.isDirectory(members)) {
          try (Stream<Path> files = Files.list(members)) {
            for (Path member : files.sorted().toList()) {
              sources.add(
                  new BlueprintSource(
                      folder.getFileName() + "/members/" + member.getFileName(),
                      Files.readAllBytes(member)));
            }
          }
        }
      }
    }
    List<Path> templates = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      Path folder = output.resolve("copy-" + copy);
      for (GeneratedBlueprint blueprint :
          new Generator().generate(new GenerateRequest(sources, folder)).blueprints()) {
        templates.add(blueprint.directory().resolve(Generator.YAML_FILE));
        templates.add(blueprint.directory().resolve(Generator.JSON_FILE));
      }
    }
    return templates;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}

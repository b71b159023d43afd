package dev.onramp.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden scenarios: one folder each under {@code src/test/resources/scenarios}, holding a
 * {@code blueprint.yaml} and the {@code expected/} files it must produce. Run the tests with {@code
 * -Donramp.updateGolden=true} to rewrite the expected files after an intended change.
 */
public final class Scenarios {
  public static final boolean UPDATE = Boolean.getBoolean("onramp.updateGolden");

  private Scenarios() {}

  /** The scenario folders in the source tree (so updates land in the repository, not target/). */
  public static List<Path> all(String group) {
    Path root = sourceRoot().resolve(group);
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sourceRoot() {
    try {
      Path classes = Paths.get(Scenarios.class.getResource("/scenarios").toURI());
      // target/test-classes/scenarios -> src/test/resources/scenarios
      Path module = classes.getParent().getParent().getParent();
      Path source = module.resolve("src/test/resources/scenarios");
      return Files.isDirectory(source) ? source : classes.getParent().resolve("scenarios");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scenario's blueprint first, then its companions: the member blueprints under {@code
   * members/} that an organization blueprint embeds. Their names are unique across scenarios, so
   * every scenario can be compiled in one build.
   */
  public static List<BlueprintSource> sources(Path scenario) throws IOException {
    List<BlueprintSource> sources = new java.util.ArrayList<>();
    sources.add(source(scenario));
    Path members = scenario.resolve("members");
    if (Files.isDirectory(members)) {
      try (Stream<Path> files = Files.list(members)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          sources.add(
              new BlueprintSource(
                  scenario.getFileName() + "/members/" + file.getFileName(),
                  Files.readAllBytes(file)));
        }
      }
    }
    return List.copyOf(sources);
  }

  static BlueprintSource source(Path scenario) throws IOException {
    Path file = scenario.resolve("blueprint.yaml");
    return new BlueprintSource(
        scenario.getFileName() + "/blueprint.yaml", Files.readAllBytes(file));
  }
}

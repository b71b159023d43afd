package dev.onramp.bench;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The sample vendor build (the repository's {@code samples} module) as {@code cfn:generate} reads
 * it: every blueprint in {@code samples/src/main/blueprints}, then the shipped {@code
 * security-audit} it names, generated for its {@code <vendor>}.
 */
final class Sample {
  /** The sample's {@code <vendor>}: the account and name its pom configures. */
  static final Optional<Vendor> VENDOR =
      Optional.of(
          new Vendor(
              null, "arn:aws:iam::111122223333:role/acme/AcmeCollector", null, "Acme Cloud"));

  /** The shipped blueprints the sample's pom names in {@code <blueprints>}. */
  static final List<String> SHIPPED = List.of("security-audit");

  private Sample() {}

  /** The sample's blueprints in the order {@code cfn:generate} reads them. */
  static List<BlueprintSource> blueprints() throws BlueprintException {
    Path samples = repositoryRoot().resolve("samples");
    try {
      return BlueprintSources.select(
          BlueprintSources.fromDirectory(samples, samples.resolve("src/main/blueprints")),
          SHIPPED,
          Sample.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The repository's root: the system property {@code onramp.root}, else the working directory or
   * the nearest parent of it that holds the sample (the module's tests run in {@code benchmarks/}).
   */
  static Path repositoryRoot() {
    String configured = System.getProperty("onramp.root");
    if (configured != null) {
      return Path.of(configured);
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("samples/src/main/blueprints"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no samples/src/main/blueprints in " + start + " or above; set -Donramp.root");
  }
}

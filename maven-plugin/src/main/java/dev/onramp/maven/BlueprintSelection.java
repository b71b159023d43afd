package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Which blueprints one execution generates: every YAML file in the blueprint directory plus the
 * shipped blueprints named in {@code <blueprints>}.
 */
record BlueprintSelection(Path baseDirectory, Path blueprintDirectory, List<String> shippedNames) {

  BlueprintSelection {
    shippedNames = normalize(shippedNames);
  }

  /**
   * Reads the sources. A missing directory is fine when shipped blueprints are named; having
   * nothing at all to generate is a configuration error. Unknown shipped names are reported
   * together, as located diagnostics; a shipped organization blueprint brings its shipped member.
   */
  List<BlueprintSource> collect(ClassLoader loader)
      throws IOException, BlueprintException, MojoFailureException {
    List<BlueprintSource> own =
        Files.isDirectory(blueprintDirectory)
            ? BlueprintSources.fromDirectory(baseDirectory, blueprintDirectory)
            : List.of();
    if (!Files.isDirectory(blueprintDirectory) && shippedNames.isEmpty()) {
      throw new MojoFailureException(
          "No blueprints to generate: "
              + blueprintDirectory.toAbsolutePath()
              + " does not exist and <blueprints> names no shipped blueprint, perhaps you should"
              + " create "
              + SummaryLine.display(blueprintDirectory, baseDirectory)
              + " or set <blueprintDirectory>");
    }
    // Shipped members of shipped organization blueprints come along (BlueprintSources.select).
    List<BlueprintSource> sources = BlueprintSources.select(own, shippedNames, loader);
    if (sources.isEmpty()) {
      throw new MojoFailureException(
          "No blueprints to generate: "
              + blueprintDirectory.toAbsolutePath()
              + " has no *.yaml or *.yml file, perhaps you should add one or name shipped"
              + " blueprints in <blueprints>");
    }
    return sources;
  }

  /** Trimmed, without blanks or repeats; {@code -Dcfn.blueprints=a, b} may carry spaces. */
  static List<String> normalize(List<String> names) {
    if (names == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String name : names) {
      if (name == null) {
        continue;
      }
      for (String part : name.split(",", -1)) {
        if (!part.isBlank()) {
          unique.add(part.strip());
        }
      }
    }
    return List.copyOf(unique);
  }
}

package dev.onramp.api;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The blueprints of one build, the input of every request: each {@code *.yaml} and {@code *.yml}
 * file in the project's blueprint directory, plus the shipped blueprints named, generated for the
 * vendor given.
 *
 * @param baseDirectory the project's folder; file names in messages are relative to it
 * @param blueprintDirectory the project's blueprints; it may be missing when shipped ones are named
 * @param shippedNames shipped blueprints by name; entries may hold several names separated by
 *     commas, and blanks and repeats are dropped
 * @param vendor the vendor of the shipped blueprints
 * @param shippedBlueprints the class loader that sees the onramp-blueprints jar
 */
public record ProjectBlueprints(
    Path baseDirectory,
    Path blueprintDirectory,
    List<String> shippedNames,
    VendorSettings vendor,
    ClassLoader shippedBlueprints) {

  public ProjectBlueprints {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(blueprintDirectory, "blueprintDirectory");
    shippedNames = normalize(shippedNames);
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(shippedBlueprints, "shippedBlueprints");
  }

  /**
   * Reads the sources: the project's own, then the shipped ones named (a shipped organization
   * blueprint brings its shipped member). Unknown shipped names are reported together, located.
   */
  List<BlueprintSource> sources()
      throws NoBlueprintsException, InvalidInputException, EnvironmentException {
    boolean exists = Files.isDirectory(blueprintDirectory);
    if (!exists && shippedNames.isEmpty()) {
      throw new NoBlueprintsException(blueprintDirectory, false);
    }
    List<BlueprintSource> sources;
    try {
      List<BlueprintSource> own =
          exists ? BlueprintSources.fromDirectory(baseDirectory, blueprintDirectory) : List.of();
      sources = BlueprintSources.select(own, shippedNames, shippedBlueprints);
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot read the blueprints in " + blueprintDirectory + ": " + e.getMessage(), e);
    } catch (BlueprintException e) {
      throw InvalidInputException.of(e, InvalidInputException.Input.BLUEPRINTS);
    }
    if (sources.isEmpty()) {
      throw new NoBlueprintsException(blueprintDirectory, true);
    }
    return sources;
  }

  /**
   * The shipped blueprints named, without the project's own (which may be missing): what a git
   * ref's blueprints are compiled with when the build's own are not compiled.
   */
  List<BlueprintSource> shippedSources() throws InvalidInputException {
    if (shippedNames.isEmpty()) {
      return List.of();
    }
    try {
      return BlueprintSources.select(List.of(), shippedNames, shippedBlueprints);
    } catch (BlueprintException e) {
      throw InvalidInputException.of(e, InvalidInputException.Input.BLUEPRINTS);
    }
  }

  /**
   * The names of the blueprints a build reads, as messages name them: {@code
   * src/main/blueprints/acme.yaml}, {@code onramp-blueprints:finops-payer}.
   */
  public List<String> sourceNames() throws OnrampException {
    return sources().stream().map(BlueprintSource::displayName).toList();
  }

  Optional<Vendor> vendorForShipped() throws ConfigurationException {
    return vendor.vendor();
  }

  /** {@code path} as messages show it: relative to the project when inside it. */
  String shown(Path path) {
    return DisplayPath.of(path, baseDirectory);
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

package dev.onramp.generate;

import dev.onramp.blueprint.model.Vendor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate and where: every blueprint source, the output directory, and the vendor that
 * shipped blueprints (which name only a placeholder vendor) are generated for.
 */
public record GenerateRequest(
    List<BlueprintSource> sources, Path outputDirectory, Optional<Vendor> vendorForShipped) {

  public GenerateRequest {
    sources = List.copyOf(sources);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(vendorForShipped, "vendorForShipped");
  }

  /** A request without shipped blueprints' vendor: the project's own blueprints name theirs. */
  public GenerateRequest(List<BlueprintSource> sources, Path outputDirectory) {
    this(sources, outputDirectory, Optional.empty());
  }
}

package dev.onramp.validate;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate: the blueprints (compiled again, to know where each resource came from), the
 * output directory {@code cfn:generate} wrote, where cfn-lint's results are cached, and the folder
 * that paths in messages are shown relative to.
 */
public record ValidateRequest(
    List<BlueprintSource> sources,
    Path outputDirectory,
    Optional<Vendor> vendorForShipped,
    Path cacheDirectory,
    Path displayBase) {

  public ValidateRequest {
    sources = List.copyOf(sources);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(vendorForShipped, "vendorForShipped");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    Objects.requireNonNull(displayBase, "displayBase");
  }

  /** Template paths in messages are shown relative to {@code displayBase} (the project). */
  public String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = displayBase.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}

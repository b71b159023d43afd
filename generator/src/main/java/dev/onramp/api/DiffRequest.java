package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Compare the access this build's templates grant with a baseline's and write the diff as Markdown,
 * JSON and SARIF.
 *
 * @param baseline a folder with the output layout, a git ref of the project's repository, or the
 *     https URL of a published manifest
 * @param failOn when the diff fails the build: {@code none}, {@code any} or {@code escalation}
 * @param outputDirectory where the templates are generated, for the locations in the SARIF report
 */
public record DiffRequest(
    ProjectBlueprints blueprints,
    String baseline,
    String failOn,
    Path reviewDirectory,
    Path outputDirectory) {

  public DiffRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(reviewDirectory, "reviewDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }
}

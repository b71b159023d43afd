package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Compare the access the current side's templates grant with a baseline's and write the diff as
 * Markdown, JSON and SARIF. Each side is one of: {@code blueprints} (the build's, compiled), a
 * folder with the output layout, one template file, a git ref of the project's repository (its
 * blueprints at that ref, compiled now), {@code <ref>:<path>} (the templates under that path at the
 * ref), or the https URL of a published manifest. Paths are relative to the project's folder.
 *
 * @param blueprints the build's blueprints; read only when a side is {@code blueprints} or a git
 *     ref of blueprints
 * @param baseline what is compared with
 * @param failOn when the diff fails the build: {@code none}, {@code any} or {@code escalation}
 * @param outputDirectory where the templates are generated, for the locations in the SARIF report
 *     when the current side is not read from files
 * @param current what is compared, {@code blueprints} by default
 */
public record DiffRequest(
    ProjectBlueprints blueprints,
    String baseline,
    String failOn,
    Path reviewDirectory,
    Path outputDirectory,
    String current) {

  /** The build's blueprints as a side. */
  public static final String BLUEPRINTS = "blueprints";

  public DiffRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(reviewDirectory, "reviewDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(current, "current");
  }

  /** The diff of the build's blueprints against {@code baseline}. */
  public DiffRequest(
      ProjectBlueprints blueprints,
      String baseline,
      String failOn,
      Path reviewDirectory,
      Path outputDirectory) {
    this(blueprints, baseline, failOn, reviewDirectory, outputDirectory, BLUEPRINTS);
  }
}

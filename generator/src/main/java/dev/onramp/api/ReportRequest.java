package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Write each template's permission inventory, {@code <reviewDirectory>/<name>/permissions.md} and
 * {@code permissions.json}.
 *
 * @param templates whose inventory: {@code blueprints} (the build's, the default) or any other side
 *     a {@link DiffRequest} takes (a folder, a template file, a git ref, a manifest URL)
 */
public record ReportRequest(ProjectBlueprints blueprints, Path reviewDirectory, String templates) {
  public ReportRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(reviewDirectory, "reviewDirectory");
    Objects.requireNonNull(templates, "templates");
  }

  /** The inventories of the build's blueprints. */
  public ReportRequest(ProjectBlueprints blueprints, Path reviewDirectory) {
    this(blueprints, reviewDirectory, DiffRequest.BLUEPRINTS);
  }
}

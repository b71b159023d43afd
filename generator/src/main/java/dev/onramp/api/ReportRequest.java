package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Write each blueprint's permission inventory, {@code <reviewDirectory>/<blueprint>/permissions.md}
 * and {@code permissions.json}.
 */
public record ReportRequest(ProjectBlueprints blueprints, Path reviewDirectory) {
  public ReportRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(reviewDirectory, "reviewDirectory");
  }
}

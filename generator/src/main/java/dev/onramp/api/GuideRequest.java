package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Write each blueprint's onboarding guide, {@code
 * <guideDirectory>/<blueprint>/onboarding-guide.md}.
 *
 * @param templateDirectory a folder whose {@code guide.ftl} replaces the built-in guide template
 */
public record GuideRequest(
    ProjectBlueprints blueprints, Path guideDirectory, Optional<Path> templateDirectory) {

  public GuideRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(guideDirectory, "guideDirectory");
    Objects.requireNonNull(templateDirectory, "templateDirectory");
  }
}

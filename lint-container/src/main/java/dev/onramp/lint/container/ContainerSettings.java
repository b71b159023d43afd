package dev.onramp.lint.container;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the cfn-lint image is built.
 *
 * @param baseImage any image with {@code python3} and pip; default {@value #DEFAULT_BASE_IMAGE},
 *     which Docker pulls when it is not present
 * @param cfnLintVersion the cfn-lint installed; default {@value #DEFAULT_CFN_LINT_VERSION}
 * @param wheelhouse a folder of wheels of cfn-lint and its dependencies; when given, pip installs
 *     from it alone, so the build needs no network
 */
public record ContainerSettings(
    String baseImage, String cfnLintVersion, Optional<Path> wheelhouse) {

  public static final String DEFAULT_BASE_IMAGE = "python:3.11-slim";

  /** The version pinned for the image; the same as the one CI installs locally. */
  public static final String DEFAULT_CFN_LINT_VERSION = "1.51.0";

  /** Names a base image to build on instead of {@value #DEFAULT_BASE_IMAGE}. */
  public static final String BASE_IMAGE_VARIABLE = "ONRAMP_LINT_BASE_IMAGE";

  /** Names a wheelhouse folder. */
  public static final String WHEELHOUSE_VARIABLE = "ONRAMP_LINT_WHEELHOUSE";

  public ContainerSettings {
    Objects.requireNonNull(baseImage, "baseImage");
    Objects.requireNonNull(cfnLintVersion, "cfnLintVersion");
    Objects.requireNonNull(wheelhouse, "wheelhouse");
  }

  public static ContainerSettings defaults() {
    return new ContainerSettings(DEFAULT_BASE_IMAGE, DEFAULT_CFN_LINT_VERSION, Optional.empty());
  }

  /**
   * The defaults, with {@code ONRAMP_LINT_BASE_IMAGE} and {@code ONRAMP_LINT_WHEELHOUSE} applied.
   */
  public static ContainerSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static ContainerSettings fromEnvironment(Map<String, String> environment) {
    String base = environment.get(BASE_IMAGE_VARIABLE);
    String wheels = environment.get(WHEELHOUSE_VARIABLE);
    return new ContainerSettings(
        base == null || base.isBlank() ? DEFAULT_BASE_IMAGE : base.strip(),
        DEFAULT_CFN_LINT_VERSION,
        wheels == null || wheels.isBlank()
            ? Optional.empty()
            : Optional.of(Path.of(wheels.strip())));
  }

  public ContainerSettings withBaseImage(String image) {
    return new ContainerSettings(image, cfnLintVersion, wheelhouse);
  }

  public ContainerSettings withWheelhouse(Optional<Path> folder) {
    return new ContainerSettings(baseImage, cfnLintVersion, folder);
  }
}

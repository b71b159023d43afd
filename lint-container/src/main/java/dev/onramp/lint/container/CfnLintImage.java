package dev.onramp.lint.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.onramp.lint.LintException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The cfn-lint image: built from the Dockerfile shipped next to this class, tagged from what
 * decides its content (base image, cfn-lint version, Dockerfile), and kept, so that the next build
 * finds it and skips building.
 */
final class CfnLintImage {
  static final String REPOSITORY = "onramp/cfn-lint";
  private static final String DOCKERFILE = "Dockerfile";

  private final ContainerSettings settings;
  private final String tag;

  CfnLintImage(ContainerSettings settings) {
    this.settings = settings;
    this.tag = tagFor(settings, dockerfile());
  }

  /** {@code onramp/cfn-lint:1.51.0-} and 12 hex digits of the base image and Dockerfile. */
  String tag() {
    return tag;
  }

  static String tagFor(ContainerSettings settings, String dockerfile) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((settings.baseImage() + "\n" + dockerfile).getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
      return REPOSITORY + ":" + settings.cfnLintVersion() + "-" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Builds the image unless an image with its tag is already there. */
  void ensureBuilt(Consumer<String> log) throws LintException {
    if (!present()) {
      build(log);
    }
  }

  boolean present() {
    DockerClient docker = DockerClientFactory.instance().client();
    try {
      docker.inspectImageCmd(tag).exec();
      return true;
    } catch (NotFoundException absent) {
      return false;
    }
  }

  /** Builds the image (Docker's layer cache applies) and tags it; it outlives this JVM. */
  void build(Consumer<String> log) throws LintException {
    ImageFromDockerfile image =
        new ImageFromDockerfile(tag, false)
            .withFileFromString(DOCKERFILE, dockerfile())
            .withBuildArg("BASE_IMAGE", settings.baseImage())
            .withBuildArg("CFN_LINT_VERSION", settings.cfnLintVersion());
    if (settings.wheelhouse().isPresent()) {
      Path wheels = settings.wheelhouse().get();
      if (!Files.isDirectory(wheels)) {
        throw new LintException(
            "the wheelhouse "
                + wheels
                + " is not a folder\nfix: run .ci/cfn-lint-image.sh, or unset "
                + ContainerSettings.WHEELHOUSE_VARIABLE
                + " to let pip download cfn-lint");
      }
      image.withFileFromPath("wheelhouse", wheels);
      log.accept(
          "Building " + tag + " from " + settings.baseImage() + " with wheels from " + wheels);
    } else {
      image.withFileFromString("wheelhouse/README", "No wheels: pip downloads cfn-lint.\n");
      log.accept("Building " + tag + " from " + settings.baseImage());
    }
    try {
      image.get();
    } catch (RuntimeException e) {
      throw new LintException(
          "cannot build the cfn-lint image "
              + tag
              + " from "
              + settings.baseImage()
              + ": "
              + rootMessage(e)
              + "\nfix: `docker pull "
              + settings.baseImage()
              + "`, or set "
              + ContainerSettings.BASE_IMAGE_VARIABLE
              + " to a local image with python3 and pip (and "
              + ContainerSettings.WHEELHOUSE_VARIABLE
              + " to a folder of cfn-lint wheels when the build has no network)",
          e);
    }
  }

  static String dockerfile() {
    try (InputStream in = CfnLintImage.class.getResourceAsStream(DOCKERFILE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the onramp-lint-container jar lacks dev/onramp/lint/container/" + DOCKERFILE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == error
        ? String.valueOf(error.getMessage())
        : error.getMessage() + " (" + cause.getMessage() + ")";
  }
}

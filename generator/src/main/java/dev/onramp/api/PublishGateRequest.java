package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Check a planned release against the checks before anything is published: Onramp's own security
 * checks, and cfn-lint as a {@code cfn:validate} report (or its cfn-lint cache) of the same bytes
 * records it.
 *
 * @param release the release to publish
 * @param reportDirectory where cfn:validate wrote {@code cfn-validate.json}
 * @param cacheDirectory the cfn-lint cache cfn:validate used
 */
public record PublishGateRequest(Release release, Path reportDirectory, Path cacheDirectory) {
  public PublishGateRequest {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
  }
}

package dev.onramp.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Plan a release: what goes into which bucket, decided before anything is uploaded.
 *
 * @param partition the partition to release ({@code aws}, {@code aws-us-gov} or {@code aws-cn});
 *     empty or blank for the one partition all the blueprints' regions are in
 */
public record ReleaseRequest(ProjectBlueprints blueprints, Optional<String> partition) {
  public ReleaseRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(partition, "partition");
  }
}

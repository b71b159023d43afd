package dev.onramp.blueprint.model;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;
import java.util.Optional;

/**
 * Where the vendor publishes templates: a bucket per region (CloudFormation reads a template from
 * the stack's region) and a key prefix. Templates that are too large to embed are referenced by
 * their content-addressed URL, {@code <prefix>/<blueprint>/<version>/<sha256>.yaml}.
 */
public record PublishingSpec(
    @Required
        @Pattern(
            value = "[a-z0-9][a-z0-9.{}-]{1,80}[a-z0-9}]",
            meaning = "an S3 bucket name, with {region} where the region goes")
        @Doc("Bucket name, with {region} for per-region buckets: acme-templates-{region}.")
        String bucket,
    @Pattern(value = Partition.REGION_REGEX, meaning = "a region code such as us-east-1")
        @Doc("Region of the bucket when its name has no {region}.")
        String bucketRegion,
    @Pattern(
            value = "([A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*)?",
            meaning = "S3 key segments separated by /, without a leading or trailing /")
        @Doc("Key prefix. Default onramp.")
        String prefix) {

  public static final String REGION_PLACEHOLDER = "{region}";

  public PublishingSpec {
    prefix = prefix == null ? "onramp" : prefix;
  }

  /** Whether each region has its own bucket. */
  public boolean perRegion() {
    return bucket.contains(REGION_PLACEHOLDER);
  }

  /**
   * The bucket that serves stacks in {@code region}, if there is one: the per-region bucket, or the
   * one bucket when the stack runs in its region (CloudFormation reads a template from the stack's
   * region).
   */
  public Optional<String> bucketFor(String region) {
    if (perRegion()) {
      return Optional.of(bucket.replace(REGION_PLACEHOLDER, region));
    }
    return region.equals(bucketRegion) ? Optional.of(bucket) : Optional.empty();
  }

  /**
   * The immutable, content-addressed key of a template: {@code
   * <prefix>/<blueprint>/<version>/<sha256>.yaml}. Different bytes can never share a key, so a
   * published link always fetches the bytes it was made for.
   */
  public String keyOf(String blueprint, String version, String sha256Hex) {
    String key = blueprint + "/" + version + "/" + sha256Hex + ".yaml";
    return prefix.isEmpty() ? key : prefix + "/" + key;
  }

  /** Where the manifest of a release goes under the prefix. */
  public String manifestKey() {
    return prefix.isEmpty() ? MANIFEST_FILE : prefix + "/" + MANIFEST_FILE;
  }

  public static final String MANIFEST_FILE = "manifest.json";
}

package dev.onramp.compile.organization;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;

/**
 * Checks the publishing section, which the URL of a member template too large to embed is built
 * from: a bucket name that works in every region's virtual-hosted URL, and a bucket per region or
 * one named region.
 */
final class PublishingValidation {
  /** The longest region code, for checking names that will contain one. */
  private static final String LONGEST_REGION = "ap-southeast-5";

  private PublishingValidation() {}

  static void check(Blueprint blueprint, SourceMap source, Diagnostics diagnostics) {
    PublishingSpec publishing = blueprint.publishing();
    if (publishing == null) {
      return;
    }
    String bucket = publishing.bucket();
    String longest = bucket.replace(PublishingSpec.REGION_PLACEHOLDER, LONGEST_REGION);
    if (bucket.contains(".")) {
      diagnostics.error(
          DiagnosticCode.INVALID_NAME,
          source.at("publishing.bucket"),
          "bucket name '"
              + bucket
              + "' has a dot, which breaks the HTTPS certificate of its"
              + " virtual-hosted URL",
          "use hyphens instead of dots in the bucket name");
    } else if (longest.contains("{") || longest.contains("}")) {
      diagnostics.error(
          DiagnosticCode.INVALID_NAME,
          source.at("publishing.bucket"),
          "bucket name '" + bucket + "' has a placeholder other than {region}",
          "write the name literally, with {region} where each region's bucket differs");
    } else if (longest.length() > 63) {
      diagnostics.error(
          DiagnosticCode.INVALID_NAME,
          source.at("publishing.bucket"),
          "bucket name '"
              + bucket
              + "' is longer than S3's 63 characters in region "
              + LONGEST_REGION,
          "shorten the bucket name");
    }
    if (publishing.perRegion() == (publishing.bucketRegion() != null)) {
      diagnostics.error(
          DiagnosticCode.INVALID_VALUE,
          source.at(publishing.perRegion() ? "publishing.bucketRegion" : "publishing.bucket"),
          publishing.perRegion()
              ? "bucketRegion is set, but the bucket name has {region}, a bucket per region"
              : "the bucket has no {region} and no bucketRegion, so its URL cannot be built",
          publishing.perRegion()
              ? "remove bucketRegion"
              : "add {region} to the name (a bucket per region, as CloudFormation prefers) or set"
                  + " bucketRegion");
    }
  }
}

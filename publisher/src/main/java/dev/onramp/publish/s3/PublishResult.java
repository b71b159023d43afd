package dev.onramp.publish.s3;

import dev.onramp.publish.Manifest;
import dev.onramp.publish.StoredObject;
import java.util.List;

/**
 * What a publish run did: the template objects it uploaded, those already in place with the same
 * bytes (a re-run of the same release uploads nothing), the latest-manifest copies it wrote, the
 * release's id, its own manifest objects ({@code <prefix>/releases/<release>.json}) and the release
 * indexes that list it (s3:// URIs), and the manifest it published (with the approvals of any
 * escalation).
 */
public record PublishResult(
    List<StoredObject> uploaded,
    List<StoredObject> skipped,
    List<StoredObject> manifests,
    String release,
    List<StoredObject> releaseManifests,
    List<String> indexes,
    Manifest manifest) {

  public PublishResult {
    uploaded = List.copyOf(uploaded);
    skipped = List.copyOf(skipped);
    manifests = List.copyOf(manifests);
    releaseManifests = List.copyOf(releaseManifests);
    indexes = List.copyOf(indexes);
  }

  /**
   * The line a front end ends a release with: {@code Published release 1a2b…: 2 blueprints in aws:
   * 2 uploaded, 0 already there with the same bytes, 2 manifests -> target/cfn-publish/…}.
   *
   * @param localManifest where the local copy of the manifest is, as the front end shows paths
   */
  public String summary(int blueprintCount, String partition, String localManifest) {
    return "Published release "
        + release
        + ": "
        + blueprintCount
        + (blueprintCount == 1 ? " blueprint" : " blueprints")
        + " in "
        + partition
        + ": "
        + uploaded.size()
        + " uploaded, "
        + skipped.size()
        + " already there with the same bytes, "
        + manifests.size()
        + " manifest"
        + (manifests.size() == 1 ? "" : "s")
        + " -> "
        + localManifest;
  }
}

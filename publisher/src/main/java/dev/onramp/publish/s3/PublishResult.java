package dev.onramp.publish.s3;

import dev.onramp.publish.StoredObject;
import java.util.List;

/**
 * What a publish run did: the template objects it uploaded, those already in place with the same
 * bytes (a re-run of the same release uploads nothing), and the manifest copies it wrote.
 */
public record PublishResult(
    List<StoredObject> uploaded, List<StoredObject> skipped, List<StoredObject> manifests) {

  public PublishResult {
    uploaded = List.copyOf(uploaded);
    skipped = List.copyOf(skipped);
    manifests = List.copyOf(manifests);
  }
}

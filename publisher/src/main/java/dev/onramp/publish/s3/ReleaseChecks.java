package dev.onramp.publish.s3;

import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.StoredObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A published version is immutable: before a release writes anything, the folder of every
 * template's version, {@code <prefix>/<blueprint>/<version>/}, is listed in each bucket. A template
 * there under another SHA-256 means this version was published with other bytes, and the release is
 * refused. The same bytes again find their own key only, and go on as a no-op.
 */
final class ReleaseChecks {
  /** A template key's last segment: its SHA-256 and {@code .yaml}. */
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[0-9a-f]{64}\\.yaml");

  private ReleaseChecks() {}

  /**
   * Lists the version folder of every template object, adding a line to {@code otherVersions} for
   * each template of the same version under another SHA-256, and S3's refusals to {@code errors}.
   *
   * @return false if S3 did not answer at all, and the listing stopped (nothing can be written)
   */
  static boolean versionsUnpublished(
      S3Access access, List<StoredObject> objects, S3Errors errors, List<String> otherVersions) {
    Map<String, StoredObject> folders = new LinkedHashMap<>();
    for (StoredObject object : objects) {
      if (StoredObject.YAML.equals(object.contentType())) {
        folders.putIfAbsent(object.bucket() + "/" + PublicationPlan.versionFolder(object), object);
      }
    }
    int done = 0;
    for (StoredObject object : folders.values()) {
      String folder = PublicationPlan.versionFolder(object);
      StoredObject listed =
          new StoredObject(
              object.region(), object.bucket(), folder, StoredObject.YAML, new byte[0]);
      List<S3Object> found;
      try {
        found =
            access
                .client(object.region())
                .listObjectsV2Paginator(
                    ListObjectsV2Request.builder().bucket(object.bucket()).prefix(folder).build())
                .contents()
                .stream()
                .toList();
      } catch (S3Exception e) {
        errors.add("list", listed, e);
        done++;
        continue;
      } catch (SdkException e) {
        errors.add("list", listed, e);
        errors.notRead(folders.size() - done - 1);
        return false;
      }
      done++;
      for (S3Object other : found) {
        String name = other.key().substring(folder.length());
        if (!TEMPLATE_NAME.matcher(name).matches() || other.key().equals(object.key())) {
          continue;
        }
        otherVersions.add(
            line(object, folder, name.substring(0, 64), other.size() == null ? -1 : other.size()));
      }
    }
    return true;
  }

  private static String line(StoredObject object, String folder, String published, long size) {
    String[] segments = folder.split("/");
    String blueprint = segments[segments.length - 2];
    String version = segments[segments.length - 1];
    return "blueprint "
        + blueprint
        + " version "
        + version
        + " in s3://"
        + object.bucket()
        + "/"
        + folder
        + " ("
        + object.region()
        + "): published with sha256 "
        + published
        + (size >= 0 ? " (" + size + " bytes)" : "")
        + ", this release has sha256 "
        + object.sha256()
        + " ("
        + object.size()
        + " bytes)";
  }

  /** The refusal of a release that would publish a version again with other bytes. */
  static PublishException versionRepublished(List<String> lines) {
    StringBuilder problem = new StringBuilder();
    problem
        .append(
            lines.size() == 1
                ? "1 published version would change:"
                : lines.size() + " published versions would change:")
        .append(String.join("", lines.stream().map(l -> "\n  " + l).toList()))
        .append(
            "\nA published version is immutable: customers who install it, and the callback"
                + " that carries only the version, could not tell the two templates apart."
                + " Nothing was written.");
    return new PublishException(
        problem.toString(),
        "raise metadata.version of the blueprint (for example 1.0.0 to 1.0.1) so that the"
            + " changed template is a new version; publishing the bytes already published under"
            + " a version again changes nothing");
  }
}

package dev.onramp.publish.s3;

import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.publish.LinkedTemplate;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.ReleaseIndex;
import dev.onramp.publish.StoredObject;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates of an older release, read back from S3 so that tenant links can pin it ({@code
 * cfn.links.release}): for each blueprint, the release index names the version's SHA-256, and the
 * template is read from the content-addressed key of every region the build publishes to, checked
 * against that SHA-256, and parsed for its parameters. A region the release did not publish to has
 * no link.
 */
public final class ReleasedTemplates {
  private ReleasedTemplates() {}

  /**
   * The templates {@code version} of the blueprints published.
   *
   * @param blueprints the blueprints to link; empty for every one of the plan
   * @throws PublishException if a blueprint has no such release, its template is missing or was
   *     changed, or S3 refuses a read
   */
  public static List<LinkedTemplate> of(
      S3Access access, PublicationPlan plan, List<String> blueprints, String version)
      throws PublishException {
    S3Publisher s3 = new S3Publisher(access);
    List<LinkedTemplate> released = new ArrayList<>();
    for (PublishedTemplate current : plan.templates()) {
      if (blueprints.isEmpty() || blueprints.contains(current.name())) {
        released.add(released(s3, plan, current, version));
      }
    }
    return released;
  }

  private static LinkedTemplate released(
      S3Publisher s3, PublicationPlan plan, PublishedTemplate current, String version)
      throws PublishException {
    String name = current.name();
    ReleaseIndex.Target where =
        plan.indexes().stream()
            .filter(index -> index.blueprint().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no release index for " + name));
    ReleaseIndex history = s3.history(where.region(), where.bucket(), where.key(), name);
    Optional<ReleaseIndex.Entry> entry =
        history.releases().stream().filter(r -> r.version().equals(version)).findFirst();
    if (entry.isEmpty()) {
      List<String> versions =
          history.releases().stream().map(ReleaseIndex.Entry::version).distinct().toList();
      throw new PublishException(
          name
              + " has no release "
              + version
              + " in s3://"
              + where.bucket()
              + "/"
              + where.key()
              + (versions.isEmpty()
                  ? ": it was never published there"
                  : "; its releases: " + String.join(", ", versions)),
          versions.isEmpty()
              ? "publish the blueprint first (cfn:publish), or check cfn.s3.endpoint and the bucket"
              : "name one of them in cfn.links.release, or leave it out to link this build's");
    }
    String sha256 = entry.get().sha256();
    PublishingSpec publishing = plan.publishing(name);
    String key = publishing.keyOf(name, version, sha256);
    Map<String, StoredObject> byRegion = new LinkedHashMap<>();
    byte[] bytes = null;
    for (StoredObject object : current.byRegion().values()) {
      Optional<byte[]> read = s3.read(object.region(), object.bucket(), key);
      if (read.isEmpty()) {
        continue;
      }
      String found = ContentHash.sha256Hex(read.get());
      if (!found.equals(sha256)) {
        throw new PublishException(
            "s3://"
                + object.bucket()
                + "/"
                + key
                + " has SHA-256 "
                + found
                + ", not the "
                + sha256
                + " the release history of "
                + name
                + " names for "
                + version
                + "; no link was made",
            "the published template changed under its release; find out who overwrote it");
      }
      bytes = read.get();
      byRegion.put(
          object.region(),
          new StoredObject(object.region(), object.bucket(), key, StoredObject.YAML, bytes));
    }
    if (bytes == null) {
      throw new PublishException(
          "the template of "
              + name
              + " "
              + version
              + " (sha256 "
              + sha256
              + ") is in none of the buckets this build publishes to, under "
              + key,
          "restore it from S3 versioning, or link a release whose template is there");
    }
    Template template;
    try {
      template = TemplateReader.read(new String(bytes, StandardCharsets.UTF_8));
    } catch (TemplateFormatException e) {
      throw new PublishException(
          "the template of " + name + " " + version + " is not a template: " + e.getMessage(),
          "restore it from S3 versioning");
    }
    String externalIdParameter = current.externalIdParameter();
    if (!externalIdParameter.isEmpty() && !template.parameters().containsKey(externalIdParameter)) {
      throw new PublishException(
          "the template of "
              + name
              + " "
              + version
              + " has no parameter "
              + externalIdParameter
              + ", which this build's links fill with the tenant's ExternalId",
          "link a release that takes the ExternalId the same way as this build");
    }
    return new LinkedTemplate(
        name,
        version,
        template,
        current.template().facts().stackName(),
        externalIdParameter,
        byRegion);
  }
}

package dev.onramp.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.template.StableJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The release history of one blueprint in one bucket, {@code <prefix>/<blueprint>/releases.json}:
 * every release that published it, oldest first, each with the version, the template's SHA-256 and
 * the URL of that release's own manifest ({@code <prefix>/releases/<release id>.json}, which never
 * changes). A release appends itself with a conditional write, so two release jobs never lose each
 * other's entry.
 */
public record ReleaseIndex(String blueprint, List<ReleaseIndex.Entry> releases) {
  public static final String FORMAT = "onramp-releases/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  public ReleaseIndex {
    Objects.requireNonNull(blueprint, "blueprint");
    releases = List.copyOf(releases);
  }

  /**
   * One release of the blueprint.
   *
   * @param release the release id: the first 16 hex digits of the SHA-256 of the release manifest
   * @param manifest the https URL of the release's own manifest in this bucket
   * @param publishedAt when the release appended itself (ISO-8601 UTC)
   */
  public record Entry(
      String release, String version, String sha256, String manifest, String publishedAt) {
    public Entry {
      Objects.requireNonNull(release, "release");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(manifest, "manifest");
      Objects.requireNonNull(publishedAt, "publishedAt");
    }
  }

  /**
   * Where a release appends itself: the index object of a blueprint in one bucket, and the entry
   * the release adds (without its time, which is taken when it is written).
   */
  public record Target(
      String region,
      String bucket,
      String key,
      String blueprint,
      String release,
      String version,
      String sha256,
      String manifest) {

    /** {@code s3://bucket/key}, for messages. */
    public String s3Uri() {
      return "s3://" + bucket + "/" + key;
    }

    public Entry entry(String publishedAt) {
      return new Entry(release, version, sha256, manifest, publishedAt);
    }
  }

  public static ReleaseIndex empty(String blueprint) {
    return new ReleaseIndex(blueprint, List.of());
  }

  /**
   * Reads an index back.
   *
   * @throws IllegalArgumentException if the bytes are not an index of {@code blueprint}
   */
  public static ReleaseIndex parse(String blueprint, byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText(""))) {
      throw new IllegalArgumentException("not a release index (format is not " + FORMAT + ")");
    }
    if (!blueprint.equals(root.path("blueprint").asText(""))) {
      throw new IllegalArgumentException(
          "the index of blueprint '"
              + root.path("blueprint").asText("")
              + "', not of '"
              + blueprint
              + "'");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode release : root.path("releases")) {
      String[] fields = {"release", "version", "sha256", "manifest", "publishedAt"};
      for (String field : fields) {
        if (!release.path(field).isTextual()) {
          throw new IllegalArgumentException("a release lacks its " + field);
        }
      }
      entries.add(
          new Entry(
              release.path("release").asText(),
              release.path("version").asText(),
              release.path("sha256").asText(),
              release.path("manifest").asText(),
              release.path("publishedAt").asText()));
    }
    return new ReleaseIndex(blueprint, entries);
  }

  /** The entry of a release, if the index has it. */
  public Optional<Entry> release(String releaseId) {
    return releases.stream().filter(e -> e.release().equals(releaseId)).findFirst();
  }

  /** The index with {@code entry} appended. */
  public ReleaseIndex with(Entry entry) {
    List<Entry> all = new ArrayList<>(releases);
    all.add(entry);
    return new ReleaseIndex(blueprint, all);
  }

  /** The index as JSON, releases in the order they were appended; same index, same bytes. */
  public byte[] toJson() {
    List<Object> entries = new ArrayList<>();
    for (Entry entry : releases) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("release", entry.release());
      out.put("version", entry.version());
      out.put("sha256", entry.sha256());
      out.put("manifest", entry.manifest());
      out.put("publishedAt", entry.publishedAt());
      entries.add(out);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("blueprint", blueprint);
    root.put("releases", entries);
    return StableJson.write(root).getBytes(StandardCharsets.UTF_8);
  }
}

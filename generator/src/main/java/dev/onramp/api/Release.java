package dev.onramp.api;

import dev.onramp.output.AtomicFiles;
import dev.onramp.publish.Manifest;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.ReleaseIndex;
import dev.onramp.publish.StoredObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A planned release: every template in the bucket of each of its regions under its
 * content-addressed key, and the manifests, which are written last. Hand {@link #plan()} to the
 * publisher (onramp-publisher's {@code S3Publisher}), or use it for tenant links ({@link
 * LinksRequest}).
 */
public final class Release {
  private final ProjectBlueprints blueprints;
  private final PublicationPlan plan;
  private final List<Message> warnings;

  Release(ProjectBlueprints blueprints, PublicationPlan plan, List<Message> warnings) {
    this.blueprints = blueprints;
    this.plan = plan;
    this.warnings = List.copyOf(warnings);
  }

  /** The plan the publisher carries out. */
  public PublicationPlan plan() {
    return plan;
  }

  /** The warnings found while compiling the blueprints. */
  public List<Message> warnings() {
    return warnings;
  }

  /** The partition released, such as {@code aws}. */
  public String partition() {
    return plan.partition().id();
  }

  /** How many blueprints the release publishes. */
  public int blueprintCount() {
    return plan.templates().size();
  }

  /**
   * The release's id, {@code <prefix>/releases/<id>.json}: the first 16 hex digits of the SHA-256
   * of its manifest, so the same release published again is the same release.
   */
  public String releaseId() {
    return plan.releaseId();
  }

  /**
   * What a dry run shows: every upload with its key and URL, the release's own manifest and the
   * release indexes it is appended to, then the manifests.
   */
  public List<String> dryRun() {
    List<String> lines = new ArrayList<>();
    for (StoredObject object : plan.objects()) {
      lines.add("would upload " + object + " -> " + object.url());
    }
    for (StoredObject release : plan.releaseManifests()) {
      lines.add("would then write the release manifest " + release.s3Uri());
    }
    for (ReleaseIndex.Target index : plan.indexes()) {
      lines.add("would then append release " + plan.releaseId() + " to " + index.s3Uri());
    }
    for (StoredObject manifest : plan.manifests()) {
      lines.add("would then write the manifest " + manifest.s3Uri());
    }
    return lines;
  }

  /** Keeps a local copy of the release's manifest, written whole or not at all. */
  /**
   * The reason an escalation of access is approved for, as a front end's setting gives it: empty if
   * the setting is absent.
   *
   * @throws ConfigurationException if it is given blank: an approval needs its reason
   */
  public static Optional<String> escalationApproval(String reason) throws ConfigurationException {
    if (reason == null) {
      return Optional.empty();
    }
    if (reason.isBlank()) {
      throw new ConfigurationException(
          Setting.PUBLISH_APPROVE_ESCALATION,
          "an escalation approval was given without its reason",
          "give the reason the wider access is right, which the release manifest records");
    }
    return Optional.of(reason.strip());
  }

  public void writeManifestCopy(Path file) throws EnvironmentException {
    writeManifestCopy(file, plan.manifest());
  }

  /**
   * Writes {@code manifest}, the one a publish run wrote (which records approved escalations), to
   * {@code file}.
   */
  public void writeManifestCopy(Path file, Manifest manifest) throws EnvironmentException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      AtomicFiles.write(file, manifest.toJson());
    } catch (IOException e) {
      throw new EnvironmentException("cannot write the manifest copy " + file + ": " + e, e);
    }
  }

  ProjectBlueprints blueprints() {
    return blueprints;
  }
}

package dev.onramp.publish.s3;

import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.ReleaseIndex;
import dev.onramp.publish.StoredObject;
import dev.onramp.template.ContentHash;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Publishes a {@link PublicationPlan} to S3 so that a reader never sees a half-published release
 * and a published template never changes:
 *
 * <ol>
 *   <li>The folder of every template's version is listed first ({@link ReleaseChecks}): a version
 *       published with another template is refused, since a published version is immutable.
 *   <li>Every template key is read. A key that already holds other bytes is a conflict: all of them
 *       are reported at once and nothing at all is written.
 *   <li>Each missing template is uploaded with {@code If-None-Match: *}, so a concurrent writer is
 *       never overwritten, and with its SHA-256, so S3 refuses a body corrupted on the way.
 *   <li>The release's own manifest, {@code <prefix>/releases/<release id>.json}, is written once
 *       ({@code If-None-Match: *}), and the release is appended to each blueprint's release index
 *       with conditional writes, retried on 412 ({@link #append}): no release job loses another's
 *       entry.
 *   <li>Only then are the manifest copies written. A manifest key is mutable and is overwritten,
 *       but only over the version read just before ({@code If-Match}, or {@code If-None-Match: *}
 *       if there is none), so that a write of an earlier run that arrives late never replaces a
 *       newer manifest.
 * </ol>
 *
 * A re-run of the same release uploads nothing. Errors from S3 become a {@link PublishException}
 * that names the object, the region, S3's error code and a fix. Thread-safe if the {@link S3Access}
 * is.
 */
public final class S3Publisher {
  /** Conditional writes of a manifest copy before giving up on a key that keeps changing. */
  private static final int MANIFEST_ROUNDS = 3;

  /**
   * Conditional appends to a release index before giving up. Each failed round is another writer's
   * successful append, so this many rounds outlast that many concurrent release jobs.
   */
  private static final int INDEX_ROUNDS = 6;

  private final S3Access access;
  private final Clock clock;

  public S3Publisher(S3Access access) {
    this(access, Clock.systemUTC());
  }

  /** With the clock that dates the entries of the release indexes. */
  public S3Publisher(S3Access access, Clock clock) {
    this.access = Objects.requireNonNull(access, "access");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Publishes the plan.
   *
   * @param progress receives one line per object: uploaded, already there, manifest written
   * @throws PublishException if a key holds other bytes (nothing written then) or S3 refuses a
   *     request
   */
  public PublishResult publish(PublicationPlan plan, Consumer<String> progress)
      throws PublishException {
    return publish(plan, Optional.empty(), progress);
  }

  /**
   * Publishes the plan if it grants no more access than the latest published release of each
   * blueprint ({@link EscalationCheck}), or if {@code approval} gives the reason it may: the
   * release manifest then records, per escalating blueprint, the reason and the diff's summary.
   *
   * @param approval the reason an escalation is approved ({@code -Dcfn.publish.approveEscalation});
   *     empty refuses any escalation before anything is written
   * @throws PublishException if a key holds other bytes or access escalates without an approval
   *     (nothing written then) or S3 refuses a request
   */
  public PublishResult publish(
      PublicationPlan planned, Optional<String> approval, Consumer<String> progress)
      throws PublishException {
    PublicationPlan plan = planned;
    List<StoredObject> missing = new ArrayList<>();
    List<StoredObject> skipped = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    S3Errors errors = new S3Errors();
    List<StoredObject> objects = plan.objects();
    List<String> otherVersions = new ArrayList<>();
    if (!ReleaseChecks.versionsUnpublished(access, objects, errors, otherVersions)) {
      errors.throwIfAny();
    }
    for (int i = 0; i < objects.size(); i++) {
      StoredObject object = objects.get(i);
      Optional<byte[]> existing;
      try {
        existing = fetch(object);
      } catch (S3Exception e) {
        // S3 answered: read on, so that every missing bucket or denied key is named at once.
        errors.add("read", object, e);
        continue;
      } catch (SdkException e) {
        // S3 did not answer, on any attempt (timeouts, refused or reset connections). Reading on
        // would cost as long again for every other object, 4 attempts of up to 20 s each, and
        // nothing can be written anyway: stop (PublishUnderFaultsTest).
        errors.add("read", object, e);
        errors.notRead(objects.size() - i - 1);
        break;
      }
      if (existing.isEmpty()) {
        missing.add(object);
      } else if (object.hasBytes(existing.get())) {
        skipped.add(object);
      } else {
        conflicts.add(conflictLine(object, existing.get()));
      }
    }
    errors.throwIfAny();
    if (!otherVersions.isEmpty()) {
      throw ReleaseChecks.versionRepublished(otherVersions);
    }
    if (!conflicts.isEmpty()) {
      throw conflict(conflicts, "Nothing was written.");
    }
    List<EscalationCheck.Escalation> escalations = EscalationCheck.escalations(access, plan);
    if (!escalations.isEmpty()) {
      if (approval.filter(reason -> !reason.isBlank()).isEmpty()) {
        throw EscalationCheck.refused(plan, escalations);
      }
      plan = plan.withApprovals(EscalationCheck.approved(escalations, approval.get().strip()));
      for (EscalationCheck.Escalation e : escalations) {
        progress.accept(
            "escalation of "
                + e.blueprint()
                + " over "
                + e.version()
                + " approved: "
                + approval.get().strip());
      }
    } else if (approval.filter(reason -> !reason.isBlank()).isPresent()) {
      progress.accept(
          "no blueprint grants more access than its latest published release: the approval ("
              + approval.get().strip()
              + ") is not needed and not recorded");
    }
    skipped.forEach(
        object -> progress.accept("already there with the same bytes: " + line(object)));

    List<StoredObject> uploaded = new ArrayList<>();
    for (StoredObject object : missing) {
      boolean written;
      try {
        written = put(object);
      } catch (PublishException e) {
        // With nothing uploaded before, "the 0 templates uploaded before it are ... harmless" (seen
        // when the first upload failed under faults, PublishUnderFaultsTest) read as nonsense.
        throw after(
            e,
            uploaded.isEmpty()
                ? "No manifest was written and no template uploaded before it; publishing again"
                    + " resumes."
                : "No manifest was written; "
                    + (uploaded.size() == 1
                        ? "the template uploaded before it is"
                        : "the " + uploaded.size() + " templates uploaded before it are")
                    + " content-addressed and harmless, and publishing again resumes.");
      }
      if (written) {
        uploaded.add(object);
        progress.accept("uploaded " + line(object));
      } else {
        skipped.add(object);
        progress.accept("already there with the same bytes (written meanwhile): " + line(object));
      }
    }

    List<StoredObject> releaseManifests = new ArrayList<>();
    for (StoredObject release : plan.releaseManifests()) {
      boolean written;
      try {
        written = put(release);
      } catch (PublishException e) {
        throw after(
            e,
            "Every template is in place; no release index and no manifest were written, and"
                + " publishing again resumes.");
      }
      releaseManifests.add(release);
      progress.accept(
          (written ? "release manifest written " : "release manifest already there: ")
              + line(release));
    }
    List<String> indexes = new ArrayList<>();
    String publishedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    for (ReleaseIndex.Target index : plan.indexes()) {
      boolean appended;
      try {
        appended = append(index, publishedAt);
      } catch (PublishException e) {
        throw after(
            e,
            "Every template and the release manifest "
                + plan.releaseId()
                + " are in place; "
                + indexes.size()
                + " of "
                + plan.indexes().size()
                + " release indexes were appended and no manifest.json written; publishing"
                + " again resumes.");
      }
      indexes.add(index.s3Uri());
      progress.accept(
          (appended ? "release " : "release already listed: ")
              + plan.releaseId()
              + (appended ? " appended to " : " in ")
              + index.s3Uri()
              + " ("
              + index.region()
              + ")");
    }

    List<StoredObject> manifests = new ArrayList<>();
    for (StoredObject manifest : plan.manifests()) {
      try {
        putManifest(manifest);
      } catch (PublishException e) {
        throw after(
            e,
            "Every template is in place and "
                + manifests.size()
                + " of "
                + plan.manifests().size()
                + " manifest copies were written; publishing again writes the rest.");
      }
      manifests.add(manifest);
      progress.accept("manifest written " + line(manifest));
    }
    return new PublishResult(
        uploaded, skipped, manifests, plan.releaseId(), releaseManifests, indexes, plan.manifest());
  }

  /**
   * Appends the release to a blueprint's release index unless it is listed already: the index is
   * read with its ETag and written only over that version ({@code If-Match}, or {@code
   * If-None-Match: *} when there is none). On 412 (or 409) another release job appended meanwhile,
   * or an earlier attempt of this write landed: the index is read again and the append retried, up
   * to {@link #INDEX_ROUNDS} rounds with a short jittered pause; then the release is refused. No
   * append ever replaces another's.
   *
   * @return true if appended; false if the index already listed the release
   */
  private boolean append(ReleaseIndex.Target index, String publishedAt) throws PublishException {
    StoredObject where =
        new StoredObject(index.region(), index.bucket(), index.key(), StoredObject.JSON, NO_BYTES);
    S3Exception last = null;
    for (int round = 1; round <= INDEX_ROUNDS; round++) {
      Optional<Versioned> now;
      try {
        now = fetchVersioned(where);
      } catch (SdkException e) {
        throw S3Errors.single("read", where, e);
      }
      ReleaseIndex current;
      try {
        current =
            now.isEmpty()
                ? ReleaseIndex.empty(index.blueprint())
                : ReleaseIndex.parse(index.blueprint(), now.get().bytes());
      } catch (IllegalArgumentException e) {
        throw new PublishException(
            where.s3Uri()
                + " ("
                + where.region()
                + ") is not a release index of "
                + index.blueprint()
                + ": "
                + e.getMessage()
                + "; it was left as it is",
            "restore the index from S3 versioning, or delete it (every release's own manifest"
                + " stays under releases/) and publish again");
      }
      if (current.release(index.release()).isPresent()) {
        return false;
      }
      StoredObject next =
          new StoredObject(
              index.region(),
              index.bucket(),
              index.key(),
              StoredObject.JSON,
              current.with(index.entry(publishedAt)).toJson());
      try {
        upload(next, r -> now.ifPresentOrElse(v -> r.ifMatch(v.etag()), () -> r.ifNoneMatch("*")));
        return true;
      } catch (S3Exception e) {
        if (e.statusCode() != 412 && e.statusCode() != 409) {
          throw S3Errors.single("write", where, e);
        }
        last = e;
      } catch (SdkException e) {
        throw S3Errors.single("write", where, e);
      }
      pause(round);
    }
    throw new PublishException(
        where.s3Uri()
            + " ("
            + where.region()
            + ") changed "
            + INDEX_ROUNDS
            + " times while this release was appending itself to it ("
            + S3Errors.code(last)
            + "): other release jobs of "
            + index.blueprint()
            + " are running; no entry was lost",
        "publish again once the other runs have finished",
        last);
  }

  private static final byte[] NO_BYTES = new byte[0];

  /** A jittered pause before round {@code round + 1}, so that racing jobs spread out. */
  private static void pause(int round) throws PublishException {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L * round + 11));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while publishing", "publish again", e);
    }
  }

  /** An object's bytes and the ETag of that version. */
  private record Versioned(byte[] bytes, String etag) {}

  private Optional<Versioned> fetchVersioned(StoredObject object) {
    try {
      ResponseBytes<GetObjectResponse> response =
          access
              .client(object.region())
              .getObjectAsBytes(r -> r.bucket(object.bucket()).key(object.key()));
      return Optional.of(new Versioned(response.asByteArray(), response.response().eTag()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  /**
   * A blueprint's release index in one bucket, {@code <prefix>/<blueprint>/releases.json}, read
   * back; empty if no release has published the blueprint there.
   *
   * @throws PublishException if S3 refuses the read or the object is not a release index
   */
  public ReleaseIndex history(String region, String bucket, String key, String blueprint)
      throws PublishException {
    StoredObject where = new StoredObject(region, bucket, key, StoredObject.JSON, NO_BYTES);
    Optional<byte[]> bytes;
    try {
      bytes = fetch(where);
    } catch (SdkException e) {
      throw S3Errors.single("read", where, e);
    }
    try {
      return bytes.isEmpty()
          ? ReleaseIndex.empty(blueprint)
          : ReleaseIndex.parse(blueprint, bytes.get());
    } catch (IllegalArgumentException e) {
      throw new PublishException(
          where.s3Uri() + " (" + region + ") is not a release index: " + e.getMessage(),
          "restore it from S3 versioning");
    }
  }

  /**
   * The bytes of a published object, read back; empty if the key does not exist.
   *
   * @throws PublishException if S3 refuses the read
   */
  public Optional<byte[]> read(String region, String bucket, String key) throws PublishException {
    StoredObject where = new StoredObject(region, bucket, key, StoredObject.YAML, NO_BYTES);
    try {
      return fetch(where);
    } catch (SdkException e) {
      throw S3Errors.single("read", where, e);
    }
  }

  /** The same failure, with what the run had done by then. */
  private static PublishException after(PublishException e, String state) {
    return new PublishException(e.problem() + "\n" + state, e.hint(), e.getCause());
  }

  /** The object's current bytes, or empty if the key does not exist. */
  private Optional<byte[]> fetch(StoredObject object) {
    try {
      return Optional.of(
          access
              .client(object.region())
              .getObjectAsBytes(r -> r.bucket(object.bucket()).key(object.key()))
              .asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  /**
   * Uploads one template, only if the key does not exist yet (If-None-Match: *).
   *
   * @return true if written; false if the key already held the same bytes
   */
  private boolean put(StoredObject object) throws PublishException {
    try {
      // S3 and S3Proxy 4.1 answer 412 when the key exists (S3ProxyBehaviourTest). A store that
      // ignored the header would overwrite; the read-first phase leaves that only a narrow race.
      upload(object, r -> r.ifNoneMatch("*"));
      return true;
    } catch (S3Exception e) {
      // 412: the key was written between our read and this write: by someone else, or by an
      // earlier attempt of this very write whose answer was lost (a 500 or a reset after S3 had
      // stored it, a timeout; PublishUnderFaultsTest). 409: a concurrent conditional write to the
      // key is still in progress. Either way, what is there now decides.
      if (e.statusCode() == 412 || e.statusCode() == 409) {
        return settleRace(object, e);
      }
      throw S3Errors.single("write", object, e);
    } catch (SdkException e) {
      throw S3Errors.single("write", object, e);
    }
  }

  /**
   * Writes a manifest copy over the version the key holds now, and only over that one: the write
   * carries that version's ETag as {@code If-Match}, or {@code If-None-Match: *} if the key is
   * empty. An attempt the SDK gave up on (a timeout, a lost connection) can still reach S3 later,
   * up to the 15 minutes a SigV4 signature is valid; unconditional, the late write of a run that
   * failed could land after a newer release's manifest and put the old one back
   * (PublishUnderFaultsTest). Conditional, it meets 412 instead. On 412 (or 409) the manifest is
   * read again: if it already has this release's bytes, an earlier attempt of this write landed;
   * otherwise another writer got in between, and the write is tried again over its version.
   */
  private void putManifest(StoredObject manifest) throws PublishException {
    for (int round = 1; ; round++) {
      Optional<String> etag;
      try {
        etag = etag(manifest);
      } catch (SdkException e) {
        throw S3Errors.single("read", manifest, e);
      }
      try {
        upload(manifest, r -> etag.ifPresentOrElse(r::ifMatch, () -> r.ifNoneMatch("*")));
        return;
      } catch (S3Exception e) {
        if (e.statusCode() != 412 && e.statusCode() != 409) {
          throw S3Errors.single("write", manifest, e);
        }
        Optional<byte[]> now;
        try {
          now = fetch(manifest);
        } catch (SdkException again) {
          throw S3Errors.single("read", manifest, again);
        }
        if (now.isPresent() && manifest.hasBytes(now.get())) {
          return;
        }
        if (round == MANIFEST_ROUNDS) {
          throw new PublishException(
              manifest.s3Uri()
                  + " ("
                  + manifest.region()
                  + ") changed "
                  + round
                  + " times while this release was writing it ("
                  + S3Errors.code(e)
                  + "): another publish to the bucket is running",
              "publish again once the other run has finished",
              e);
        }
      } catch (SdkException e) {
        throw S3Errors.single("write", manifest, e);
      }
    }
  }

  /** The ETag of the object's current version, or empty if the key does not exist. */
  private Optional<String> etag(StoredObject object) {
    try {
      return Optional.of(
          access
              .client(object.region())
              .headObject(r -> r.bucket(object.bucket()).key(object.key()))
              .eTag());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  /** One PUT of the object with its content type, length and SHA-256, and {@code condition}. */
  private void upload(StoredObject object, Consumer<PutObjectRequest.Builder> condition) {
    PutObjectRequest.Builder request =
        PutObjectRequest.builder()
            .bucket(object.bucket())
            .key(object.key())
            .contentType(object.contentType())
            .contentLength((long) object.size())
            // S3 recomputes it and refuses the upload (BadDigest) if the body arrived changed.
            .checksumSHA256(base64Sha256(object));
    condition.accept(request);
    access
        .client(object.region())
        .putObject(request.build(), RequestBody.fromBytes(object.bytes()));
  }

  private boolean settleRace(StoredObject object, S3Exception cause) throws PublishException {
    Optional<byte[]> now;
    try {
      now = fetch(object);
    } catch (SdkException e) {
      throw S3Errors.single("read", object, e);
    }
    if (now.isPresent() && object.hasBytes(now.get())) {
      return false;
    }
    if (now.isEmpty()) {
      throw new PublishException(
          "another upload to "
              + object.s3Uri()
              + " ("
              + object.region()
              + ") was in progress at the same time ("
              + S3Errors.code(cause)
              + ")",
          "publish again once the other run has finished",
          cause);
    }
    throw conflict(
        List.of(conflictLine(object, now.get())),
        "It was written by someone else while this release was being published.");
  }

  private static String conflictLine(StoredObject object, byte[] existing) {
    return object.s3Uri()
        + " ("
        + object.region()
        + "): S3 has sha256 "
        + ContentHash.sha256Hex(existing)
        + " ("
        + existing.length
        + " bytes), this release has sha256 "
        + object.sha256()
        + " ("
        + object.size()
        + " bytes)";
  }

  private static PublishException conflict(List<String> lines, String consequence) {
    StringBuilder problem = new StringBuilder();
    problem
        .append(lines.size() == 1 ? "1 published key holds" : lines.size() + " published keys hold")
        .append(" other bytes than this release:");
    lines.forEach(line -> problem.append("\n  ").append(line));
    problem
        .append("\nA published key is immutable: it is named after its template's content, so")
        .append(" different bytes under it mean the object was altered after it was published,")
        .append(" or the release reused a version whose key now holds another template. ")
        .append(consequence);
    return new PublishException(
        problem.toString(),
        "find out who changed the object (S3 versioning or CloudTrail shows it); if it must serve"
            + " this release's bytes, delete it and publish again; if the template itself changed,"
            + " raise metadata.version of the blueprint so the release gets new keys");
  }

  private static String base64Sha256(StoredObject object) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(object.sha256()));
  }

  private static String line(StoredObject object) {
    return String.format(
        Locale.ROOT,
        "%s (%s, %,d bytes, sha256 %s)",
        object.s3Uri(),
        object.region(),
        object.size(),
        object.sha256());
  }
}

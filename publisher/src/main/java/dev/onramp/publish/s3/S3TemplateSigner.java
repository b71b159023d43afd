package dev.onramp.publish.s3;

import dev.onramp.publish.StoredObject;
import dev.onramp.publish.TemplateSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Presigns GET URLs (SigV4, query-string signature) for published templates, so that a private
 * bucket can serve a quick-create link. The URL is valid for a fixed duration from the moment it is
 * made; SigV4 allows at most seven days. With session credentials the URL also stops working when
 * the session ends, and it carries the session token, which makes it longer than the 1,024
 * characters CloudFormation accepts as a template URL: presign with long-term credentials.
 * Presigning is local computation (no request to S3), a few microseconds per URL ({@link
 * QueryPresigner}). Thread-safe.
 */
public final class S3TemplateSigner implements TemplateSigner {
  /** SigV4's longest validity for a presigned URL. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(7);

  private final S3Access access;
  private final Duration validity;
  private final Clock clock;
  private final QueryPresigner presigner;

  /**
   * @param validity how long each URL works, more than zero and at most {@link #MAX_VALIDITY}
   * @throws IllegalArgumentException if the validity is out of that range
   */
  public S3TemplateSigner(S3Access access, Duration validity) {
    this(access, validity, Clock.systemUTC());
  }

  /**
   * As above, signing at the time of {@code clock} (tests sign in the past to get expired URLs).
   */
  S3TemplateSigner(S3Access access, Duration validity, Clock clock) {
    this.access = Objects.requireNonNull(access, "access");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.presigner = new QueryPresigner(access.endpoint(), access.pathStyle());
    Objects.requireNonNull(validity, "validity");
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException(
          "the validity of a presigned URL must be more than zero, not " + validity);
    }
    if (validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException(
          "the validity of a presigned URL is at most 7 days (SigV4's limit), not "
              + validity
              + "; choose a shorter one, or make the templates readable without a signature");
    }
    this.validity = validity;
  }

  public Duration validity() {
    return validity;
  }

  @Override
  public String presign(StoredObject object) {
    return presigner.presign(
        object, access.credentials().resolveCredentials(), clock.instant(), validity.toSeconds());
  }
}

package dev.onramp.maven;

import dev.onramp.publish.s3.S3Access;
import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;

/**
 * cfn:publish's retry parameters as {@link S3Access.Retries}: the attempts and the two timeouts a
 * release job may need to change (a slow uplink, a store that throttles hard); the backoff stays
 * the SDK's.
 */
final class PublishRetries {
  /** More attempts than this only delay a failure that is not going away. */
  static final int MAX_ATTEMPTS = 10;

  private PublishRetries() {}

  static S3Access.Retries of(int maxAttempts, String attemptTimeout, String requestTimeout)
      throws MojoFailureException {
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
      throw new MojoFailureException(
          "cfn.publish.maxAttempts "
              + maxAttempts
              + " is not between 1 and "
              + MAX_ATTEMPTS
              + "\n  fix: give the attempts per S3 request, the first included (default "
              + S3Access.Retries.DEFAULT.maxAttempts()
              + ")");
    }
    Duration attempt = positive(attemptTimeout, "cfn.publish.attemptTimeout");
    Duration request = positive(requestTimeout, "cfn.publish.requestTimeout");
    if (request.compareTo(attempt) < 0) {
      throw new MojoFailureException(
          "cfn.publish.requestTimeout "
              + requestTimeout
              + " is shorter than cfn.publish.attemptTimeout "
              + attemptTimeout
              + ", so no attempt could use its time\n  fix: allow a request at least one"
              + " attempt's time, and room for the retries");
    }
    return S3Access.Retries.DEFAULT.withMaxAttempts(maxAttempts).withTimeouts(attempt, request);
  }

  private static Duration positive(String text, String property) throws MojoFailureException {
    Duration duration = Durations.parse(text, property);
    if (duration.isNegative() || duration.isZero()) {
      throw new MojoFailureException(
          property + " '" + text + "' is not a positive duration\n  fix: write it as 20s or 2m");
    }
    return duration;
  }
}

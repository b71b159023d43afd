package dev.onramp.publish.s3;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publishing settings a user writes as text, read the same way by every front end: durations
 * ({@code 12h}, {@code 7d} or ISO-8601 {@code PT12H}) and the retries of S3 requests. A refusal is
 * a {@link PublishException} that names the setting as the front end calls it.
 */
public final class PublishSettings {
  /** More attempts than this only delay a failure that is not going away. */
  public static final int MAX_ATTEMPTS = 10;

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

  private PublishSettings() {}

  /**
   * A duration as users write it.
   *
   * @param name the setting as the front end calls it, for the refusal
   */
  public static Duration duration(String text, String name) throws PublishException {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher shortForm = SHORT.matcher(value);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new PublishException(
          name + " '" + text + "' is not a duration",
          "write it as 12h, 7d, 30m or in ISO-8601 such as PT12H");
    }
  }

  /**
   * The retry settings of a release as {@link S3Access.Retries}: the attempts and the two timeouts
   * a release job may need to change (a slow uplink, a store that throttles hard); the backoff
   * stays the SDK's.
   *
   * @param names the front end's name of each setting: {@code maxAttempts}, {@code attemptTimeout}
   *     and {@code requestTimeout} to its own
   */
  public static S3Access.Retries retries(
      int maxAttempts, String attemptTimeout, String requestTimeout, UnaryOperator<String> names)
      throws PublishException {
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
      throw new PublishException(
          names.apply("maxAttempts") + " " + maxAttempts + " is not between 1 and " + MAX_ATTEMPTS,
          "give the attempts per S3 request, the first included (default "
              + S3Access.Retries.DEFAULT.maxAttempts()
              + ")");
    }
    Duration attempt = positive(attemptTimeout, names.apply("attemptTimeout"));
    Duration request = positive(requestTimeout, names.apply("requestTimeout"));
    if (request.compareTo(attempt) < 0) {
      throw new PublishException(
          names.apply("requestTimeout")
              + " "
              + requestTimeout
              + " is shorter than "
              + names.apply("attemptTimeout")
              + " "
              + attemptTimeout
              + ", so no attempt could use its time",
          "allow a request at least one attempt's time, and room for the retries");
    }
    return S3Access.Retries.DEFAULT.withMaxAttempts(maxAttempts).withTimeouts(attempt, request);
  }

  private static Duration positive(String text, String name) throws PublishException {
    Duration duration = duration(text, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new PublishException(
          name + " '" + text + "' is not a positive duration", "write it as 20s or 2m");
    }
    return duration;
  }
}

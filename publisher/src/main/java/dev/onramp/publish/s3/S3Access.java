package dev.onramp.publish.s3;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * How to reach S3: the credentials, and for an S3-compatible store (or a test) an endpoint and
 * path-style addressing. A release writes to one bucket per region, and an S3 client is bound to a
 * region, so clients and presigners are made once per region, on first use, and shared (the SDK's
 * are thread-safe); {@link #close()} releases their connection pools.
 *
 * <p>Checksums: since SDK 2.30 a client by default adds a CRC32 checksum to every upload (sent as
 * an aws-chunked trailer) and asks for checksums on downloads; S3-compatible stores that predate
 * flexible checksums reject such uploads. S3Proxy 4.1 accepts them (see {@code
 * S3ProxyBehaviourTest}), so nothing here is needed for the tests. The clients still compute and
 * validate checksums only where an operation requires them ({@code WHEN_REQUIRED}), against AWS
 * too: {@link S3Publisher} sends its own SHA-256 of every body as {@code x-amz-checksum-sha256},
 * which S3 (and S3Proxy) verify, and compares the SHA-256 of every object it reads back itself, so
 * the default's CRC32 would add a second checksum and nothing else.
 *
 * <p>Retries and timeouts: see {@link Retries}; {@link #withRetries(Retries)} changes them.
 */
public final class S3Access implements AutoCloseable {
  private final AwsCredentialsProvider credentials;
  private final boolean ownsCredentials;
  private final URI endpoint;
  private final boolean pathStyle;
  private final Retries retries;
  private final ConcurrentMap<String, S3Client> clients = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, S3Presigner> presigners = new ConcurrentHashMap<>();

  private S3Access(
      AwsCredentialsProvider credentials,
      boolean ownsCredentials,
      URI endpoint,
      boolean pathStyle,
      Retries retries) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.ownsCredentials = ownsCredentials;
    this.endpoint = endpoint;
    this.pathStyle = pathStyle;
    this.retries = Objects.requireNonNull(retries, "retries");
  }

  /**
   * How often and for how long one S3 request is tried. The SDK retries 5xx answers, throttling
   * ({@code SlowDown}, 429), connection failures and attempt timeouts, never another 4xx, with
   * jittered exponential backoff: from {@code baseDelay}, or {@code throttledBaseDelay} after
   * throttling, up to {@code maxBackoff}.
   *
   * <p>Without timeouts a hung or trickling store holds the publish for the HTTP client's 30 s
   * socket timeout per read, per attempt, and a response that trickles in forever never ends (see
   * {@code PublishUnderFaultsTest}). {@code attemptTimeout} bounds one attempt, sized for a 1 MB
   * template (CloudFormation's limit for a template in S3) over a slow uplink; {@code callTimeout}
   * bounds all attempts of one request with their backoff.
   *
   * @param maxAttempts attempts per request, the first included
   */
  public record Retries(
      int maxAttempts,
      Duration baseDelay,
      Duration throttledBaseDelay,
      Duration maxBackoff,
      Duration attemptTimeout,
      Duration callTimeout) {
    /**
     * 4 attempts (the SDK's standard mode has 3; a publish is a few dozen requests in a burst,
     * where one more attempt rides out a short spell of throttling), the SDK's backoff, 20 s per
     * attempt and 2 minutes per request.
     */
    public static final Retries DEFAULT =
        new Retries(
            4,
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            Duration.ofSeconds(20),
            Duration.ofSeconds(20),
            Duration.ofMinutes(2));

    public Retries {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      positive(baseDelay, "baseDelay");
      positive(throttledBaseDelay, "throttledBaseDelay");
      positive(maxBackoff, "maxBackoff");
      positive(attemptTimeout, "attemptTimeout");
      positive(callTimeout, "callTimeout");
    }

    /** The same, with {@code attempts} attempts per request. */
    public Retries withMaxAttempts(int attempts) {
      return new Retries(
          attempts, baseDelay, throttledBaseDelay, maxBackoff, attemptTimeout, callTimeout);
    }

    /** The same, with other limits for one attempt and for a request with all its attempts. */
    public Retries withTimeouts(Duration attempt, Duration call) {
      return new Retries(maxAttempts, baseDelay, throttledBaseDelay, maxBackoff, attempt, call);
    }

    private static void positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
    }
  }

  /**
   * AWS S3 with the SDK's default credential chain: environment, system properties, {@code
   * AWS_PROFILE} and {@code ~/.aws}, container and instance roles.
   */
  public static S3Access defaultCredentials() {
    return new S3Access(
        DefaultCredentialsProvider.builder().build(), true, null, false, Retries.DEFAULT);
  }

  /** AWS S3 with the given credentials (for example from a settings.xml server). */
  public static S3Access of(AwsCredentialsProvider credentials) {
    return new S3Access(credentials, false, null, false, Retries.DEFAULT);
  }

  /**
   * The same credentials against an S3-compatible store at {@code endpoint}. A new instance with
   * its own clients; this one is left as it is and still owns the credentials (close it last).
   *
   * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key}, for
   *     stores without a wildcard DNS name
   */
  public S3Access withEndpoint(URI endpoint, boolean pathStyle) {
    return new S3Access(
        credentials, false, Objects.requireNonNull(endpoint, "endpoint"), pathStyle, retries);
  }

  /**
   * The same credentials and endpoint with other retries and timeouts. A new instance with its own
   * clients; this one is left as it is and still owns the credentials (close it last).
   */
  public S3Access withRetries(Retries retries) {
    return new S3Access(credentials, false, endpoint, pathStyle, retries);
  }

  public Retries retries() {
    return retries;
  }

  /** Where the credentials come from; resolved on each use, so refreshed ones are picked up. */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  /** The endpoint override, empty for AWS S3 itself. */
  public Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  public boolean pathStyle() {
    return pathStyle;
  }

  /** The shared client for {@code region}. */
  public S3Client client(String region) {
    return clients.computeIfAbsent(region, this::newClient);
  }

  /** The shared presigner for {@code region}; presigning is local computation, no request. */
  public S3Presigner presigner(String region) {
    return presigners.computeIfAbsent(region, this::newPresigner);
  }

  private S3Client newClient(String region) {
    var builder =
        S3Client.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .httpClientBuilder(Apache5HttpClient.builder())
            .overrideConfiguration(
                o ->
                    o.retryStrategy(retryStrategy())
                        .apiCallAttemptTimeout(retries.attemptTimeout())
                        .apiCallTimeout(retries.callTimeout()))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .forcePathStyle(pathStyle);
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  /** The SDK's standard mode (see {@link Retries}) with our attempts and backoff. */
  private software.amazon.awssdk.retries.api.RetryStrategy retryStrategy() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(retries.maxAttempts())
        .backoffStrategy(
            BackoffStrategy.exponentialDelay(retries.baseDelay(), retries.maxBackoff()))
        .throttlingBackoffStrategy(
            BackoffStrategy.exponentialDelay(retries.throttledBaseDelay(), retries.maxBackoff()))
        .build();
  }

  private S3Presigner newPresigner(String region) {
    var builder =
        S3Presigner.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .serviceConfiguration(
                S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  /** Closes every client and presigner made, and the default credential chain if it made it. */
  @Override
  public void close() {
    clients.values().forEach(S3Client::close);
    clients.clear();
    presigners.values().forEach(S3Presigner::close);
    presigners.clear();
    if (ownsCredentials && credentials instanceof SdkAutoCloseable closeable) {
      closeable.close();
    }
  }

  @Override
  public String toString() {
    // Never the credentials themselves.
    return "S3Access["
        + (endpoint == null ? "AWS" : endpoint + (pathStyle ? ", path-style" : ""))
        + "]";
  }
}

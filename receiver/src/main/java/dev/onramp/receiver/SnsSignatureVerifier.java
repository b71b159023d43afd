package dev.onramp.receiver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks that SNS sent a message: the SigningCertURL is trusted ({@link SnsCertificateHosts}), the
 * certificate is in its validity period, the signature over {@link SnsMessage#stringToSign()}
 * verifies (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA), the Timestamp is fresh, and the
 * topic is one the caller accepts. Then it says whether the MessageId was seen before: SNS delivers
 * at least once, so a replay is reported, not refused.
 *
 * <p>Nothing of the message is trusted before its signature: the replay set only records verified
 * messages, so a forged message cannot make a real one look like a replay. Thread-safe.
 */
public final class SnsSignatureVerifier {
  /** Whether a verified message is new. */
  public enum Delivery {
    FIRST,
    REPLAY
  }

  /** Fetches a certificate's bytes; the default uses java.net.http with a timeout. */
  @FunctionalInterface
  public interface CertificateFetcher {
    byte[] fetch(URI url) throws IOException, InterruptedException;
  }

  /** Default age after which a message is stale. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

  /** Default tolerance for a Timestamp in the future (clock skew). */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  /** Default timeout of a certificate fetch. */
  public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(5);

  private static final int CERTIFICATE_CACHE_SIZE = 64;
  private static final int DEFAULT_REPLAY_SET_SIZE = 100_000;
  private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

  private final SnsCertificateHosts hosts;
  private final CertificateFetcher fetcher;
  private final Clock clock;
  private final Duration maxAge;
  private final Duration maxSkew;
  private final Predicate<String> topics;
  private final Map<String, X509Certificate> certificates;
  private final Map<String, Boolean> seen;

  private SnsSignatureVerifier(Builder b) {
    this.hosts = b.hosts;
    this.fetcher = b.fetcher != null ? b.fetcher : httpFetcher(HttpClient.newBuilder(), b.timeout);
    this.clock = b.clock;
    this.maxAge = b.maxAge;
    this.maxSkew = b.maxSkew;
    this.topics = b.topics;
    this.certificates = lru(CERTIFICATE_CACHE_SIZE);
    this.seen = lru(b.replaySetSize);
  }

  /** A verifier that trusts only SNS hosts, with the defaults above. */
  public static SnsSignatureVerifier production() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies the message, or throws a {@link ReceiverException} saying why not; then reports
   * whether its MessageId was verified before.
   */
  public Delivery verify(SnsMessage message) {
    Objects.requireNonNull(message, "message");
    String algorithm =
        switch (message.signatureVersion()) {
          case "1" -> "SHA1withRSA";
          case "2" -> "SHA256withRSA";
          default ->
              throw new ReceiverException(
                  ReceiverException.Kind.UNSUPPORTED_SIGNATURE_VERSION,
                  "the SignatureVersion "
                      + SnsMessage.quoted(message.signatureVersion())
                      + " is neither 1 nor 2");
        };
    URI url = hosts.check(message.signingCertUrl());
    Instant now = clock.instant();
    if (message.timestamp().isBefore(now.minus(maxAge))) {
      throw new ReceiverException(
          ReceiverException.Kind.STALE,
          "the message of " + message.timestamp() + " is older than " + maxAge);
    }
    if (message.timestamp().isAfter(now.plus(maxSkew))) {
      throw new ReceiverException(
          ReceiverException.Kind.STALE,
          "the message of " + message.timestamp() + " is dated in the future");
    }
    X509Certificate certificate = certificate(url);
    try {
      certificate.checkValidity(java.util.Date.from(now));
    } catch (CertificateException e) {
      throw new ReceiverException(
          ReceiverException.Kind.CERTIFICATE_UNAVAILABLE,
          "the signing certificate is outside its validity period",
          e);
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(message.signature());
    } catch (IllegalArgumentException e) {
      throw new ReceiverException(
          ReceiverException.Kind.BAD_SIGNATURE, "the Signature is not base64");
    }
    boolean valid;
    try {
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(message.stringToSign().getBytes(StandardCharsets.UTF_8));
      valid = verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      valid = false;
    }
    if (!valid) {
      throw new ReceiverException(
          ReceiverException.Kind.BAD_SIGNATURE,
          "the signature of message " + message.messageId() + " does not verify");
    }
    if (!topics.test(message.topicArn())) {
      throw new ReceiverException(
          ReceiverException.Kind.UNEXPECTED_TOPIC,
          "the topic "
              + SnsMessage.quoted(message.topicArn())
              + " is not one this receiver serves");
    }
    synchronized (seen) {
      return seen.put(message.messageId(), Boolean.TRUE) == null ? Delivery.FIRST : Delivery.REPLAY;
    }
  }

  private X509Certificate certificate(URI url) {
    String key = url.toString();
    synchronized (certificates) {
      X509Certificate cached = certificates.get(key);
      if (cached != null) {
        return cached;
      }
    }
    byte[] bytes;
    try {
      bytes = fetcher.fetch(url);
    } catch (IOException e) {
      throw unavailable(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(url, e);
    }
    X509Certificate certificate;
    try {
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(bytes));
    } catch (CertificateException | ClassCastException e) {
      throw unavailable(url, e);
    }
    synchronized (certificates) {
      certificates.put(key, certificate);
    }
    return certificate;
  }

  private static ReceiverException unavailable(URI url, Exception e) {
    return new ReceiverException(
        ReceiverException.Kind.CERTIFICATE_UNAVAILABLE,
        "the signing certificate " + url + " could not be read: " + e,
        e);
  }

  /** A fetcher over {@code client} (built with the timeout): a GET that must answer 200. */
  public static CertificateFetcher httpFetcher(HttpClient.Builder client, Duration timeout) {
    HttpClient http =
        client.connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    return url -> {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      if (response.body().length > MAX_CERTIFICATE_BYTES) {
        throw new IOException("more than " + MAX_CERTIFICATE_BYTES + " bytes");
      }
      return response.body();
    };
  }

  private static <V> Map<String, V> lru(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > size;
      }
    };
  }

  /** The verifier's settings. */
  public static final class Builder {
    private SnsCertificateHosts hosts = SnsCertificateHosts.production();
    private CertificateFetcher fetcher;
    private Duration timeout = DEFAULT_FETCH_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = DEFAULT_MAX_AGE;
    private Duration maxSkew = DEFAULT_MAX_SKEW;
    private Predicate<String> topics = topic -> true;
    private int replaySetSize = DEFAULT_REPLAY_SET_SIZE;

    private Builder() {}

    /** Where certificates may come from; default {@link SnsCertificateHosts#production()}. */
    public Builder hosts(SnsCertificateHosts hosts) {
      this.hosts = Objects.requireNonNull(hosts);
      return this;
    }

    /**
     * How certificates are fetched (after the URL passed {@link #hosts}); default an https GET with
     * {@link #fetchTimeout}.
     */
    public Builder fetcher(CertificateFetcher fetcher) {
      this.fetcher = Objects.requireNonNull(fetcher);
      return this;
    }

    public Builder fetchTimeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout);
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** A message older than this is stale; default one hour. */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = Objects.requireNonNull(maxAge);
      return this;
    }

    /** A message dated later than now plus this is refused; default five minutes. */
    public Builder maxSkew(Duration maxSkew) {
      this.maxSkew = Objects.requireNonNull(maxSkew);
      return this;
    }

    /** Which TopicArns are served; default any (the signature still has to verify). */
    public Builder topics(Predicate<String> topics) {
      this.topics = Objects.requireNonNull(topics);
      return this;
    }

    /** How many MessageIds the in-memory replay set keeps; default 100,000. */
    public Builder replaySetSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("the replay set needs room for one MessageId");
      }
      this.replaySetSize = size;
      return this;
    }

    public SnsSignatureVerifier build() {
      return new SnsSignatureVerifier(this);
    }
  }
}

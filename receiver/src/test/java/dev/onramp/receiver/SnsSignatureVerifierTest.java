package dev.onramp.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.receiver.SnsSignatureVerifier.Delivery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SNS messages signed by a test key whose certificate a local https server serves, the host the
 * verifier is told to trust; every other host stays untrusted.
 */
class SnsSignatureVerifierTest {
  /** Now, as the certificate made at test time is valid from now. */
  static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

  @TempDir static Path dir;
  static TestPki pki;
  static TestPki other;
  static LocalCertServer server;
  static TestSnsSigner signer;

  @BeforeAll
  static void start() throws Exception {
    pki = TestPki.create(dir, "sns-test");
    other = TestPki.create(dir, "forger");
    server = new LocalCertServer(pki, pki.pem());
    signer = new TestSnsSigner(pki.key, server.certUrl());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static SnsSignatureVerifier verifier() throws Exception {
    return SnsSignatureVerifier.builder()
        .hosts(SnsCertificateHosts.production().withExtraHost(server.hostAndPort()))
        .fetcher(SnsSignatureVerifier.httpFetcher(pki.trustingClient(), Duration.ofSeconds(5)))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  static SnsMessage parse(Map<String, String> fields) throws Exception {
    return SnsMessage.parse(TestSnsSigner.json(fields));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2"})
  void a_signed_notification_verifies_with_either_signature_version(String version)
      throws Exception {
    SnsMessage message = parse(signer.notification(Requests.CREATE, NOW, version));

    assertThat(verifier().verify(message)).isEqualTo(Delivery.FIRST);
    assertThat(message.type()).isEqualTo(SnsMessage.Type.Notification);
    assertThat(RegistrationRequest.parse(message.message()).requestType())
        .isEqualTo(RegistrationRequest.RequestType.Create);
  }

  @Test
  void a_subject_is_signed_when_present() throws Exception {
    Map<String, String> fields = signer.notification(Requests.CREATE, NOW, "2");
    fields.put("Subject", "AWS CloudFormation custom resource request");
    signer.sign(fields);
    assertThat(verifier().verify(parse(fields))).isEqualTo(Delivery.FIRST);

    fields.put("Subject", "another subject");
    assertThatThrownBy(() -> verifier().verify(parse(fields)))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> assertThat(e.kind()).isEqualTo(ReceiverException.Kind.BAD_SIGNATURE));
  }

  @Test
  void the_same_message_again_is_reported_as_a_replay() throws Exception {
    SnsSignatureVerifier verifier = verifier();
    String body = TestSnsSigner.json(signer.notification(Requests.CREATE, NOW, "2"));

    assertThat(verifier.verify(SnsMessage.parse(body))).isEqualTo(Delivery.FIRST);
    assertThat(verifier.verify(SnsMessage.parse(body))).isEqualTo(Delivery.REPLAY);
  }

  @Test
  void a_forged_message_does_not_enter_the_replay_set() throws Exception {
    SnsSignatureVerifier verifier = verifier();
    Map<String, String> real = signer.notification(Requests.CREATE, NOW, "2");
    Map<String, String> forged =
        new TestSnsSigner(other.key, server.certUrl()).sign(new java.util.LinkedHashMap<>(real));

    assertRefused(verifier, forged, ReceiverException.Kind.BAD_SIGNATURE);
    assertThat(verifier.verify(parse(real))).isEqualTo(Delivery.FIRST);
  }

  @Test
  void a_signature_by_another_key_is_refused() throws Exception {
    Map<String, String> forged =
        new TestSnsSigner(other.key, server.certUrl()).notification(Requests.CREATE, NOW, "1");

    assertRefused(verifier(), forged, ReceiverException.Kind.BAD_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Message", "MessageId", "Timestamp", "TopicArn"})
  void a_field_changed_after_signing_is_refused(String field) throws Exception {
    Map<String, String> fields = signer.notification(Requests.CREATE, NOW, "2");
    fields.put(
        field,
        switch (field) {
          case "Message" -> Requests.CREATE.replace("444455556666", "999999999999");
          case "Timestamp" -> NOW.minusSeconds(1).toString();
          case "TopicArn" -> TestSnsSigner.TOPIC + "-other";
          default -> fields.get(field) + "0";
        });

    assertRefused(verifier(), fields, ReceiverException.Kind.BAD_SIGNATURE);
  }

  @Test
  void a_signature_that_is_not_base64_is_refused() throws Exception {
    Map<String, String> fields = signer.notification(Requests.CREATE, NOW, "2");
    fields.put("Signature", "not base64!");
    assertRefused(verifier(), fields, ReceiverException.Kind.BAD_SIGNATURE);
  }

  @Test
  void a_version_1_signature_does_not_pass_as_version_2() throws Exception {
    Map<String, String> fields = signer.notification(Requests.CREATE, NOW, "1");
    fields.put("SignatureVersion", "2");
    assertRefused(verifier(), fields, ReceiverException.Kind.BAD_SIGNATURE);
  }

  @Test
  void an_unknown_signature_version_is_refused() throws Exception {
    Map<String, String> fields = signer.notification(Requests.CREATE, NOW, "2");
    fields.put("SignatureVersion", "3");
    assertRefused(verifier(), fields, ReceiverException.Kind.UNSUPPORTED_SIGNATURE_VERSION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://attacker.example/SimpleNotificationService-x.pem",
        "https://sns.us-east-1.amazonaws.com.attacker.example/SimpleNotificationService-x.pem",
        "https://sns.us-east-1.amazonaws.com@attacker.example/SimpleNotificationService-x.pem",
        "https://localhost:PORT/SimpleNotificationService-onramp-test.pem"
      })
  void a_certificate_from_an_untrusted_host_is_refused_before_any_fetch(String url)
      throws Exception {
    int before = server.fetches.get();
    Map<String, String> fields =
        new TestSnsSigner(pki.key, url.replace("PORT", server.hostAndPort().split(":")[1]))
            .notification(Requests.CREATE, NOW, "2");

    assertRefused(verifier(), fields, ReceiverException.Kind.UNTRUSTED_CERTIFICATE_URL);
    assertThat(server.fetches.get()).isEqualTo(before);
  }

  @Test
  void the_local_host_is_untrusted_by_the_production_verifier() throws Exception {
    SnsSignatureVerifier production =
        SnsSignatureVerifier.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    assertRefused(
        production,
        signer.notification(Requests.CREATE, NOW, "2"),
        ReceiverException.Kind.UNTRUSTED_CERTIFICATE_URL);
  }

  @Test
  void a_certificate_over_http_is_refused_even_from_a_trusted_host() throws Exception {
    Map<String, String> fields =
        new TestSnsSigner(pki.key, server.certUrl().replace("https://", "http://"))
            .notification(Requests.CREATE, NOW, "2");

    assertRefused(verifier(), fields, ReceiverException.Kind.UNTRUSTED_CERTIFICATE_URL);
  }

  @Test
  void an_expired_certificate_is_refused() throws Exception {
    TestPki expired = TestPki.create(dir, "expired", "-10d", 2);
    try (LocalCertServer old = new LocalCertServer(pki, expired.pem())) {
      SnsSignatureVerifier verifier =
          SnsSignatureVerifier.builder()
              .hosts(SnsCertificateHosts.production().withExtraHost(old.hostAndPort()))
              .fetcher(
                  SnsSignatureVerifier.httpFetcher(pki.trustingClient(), Duration.ofSeconds(5)))
              .clock(Clock.fixed(NOW, ZoneOffset.UTC))
              .build();

      assertRefused(
          verifier,
          new TestSnsSigner(expired.key, old.certUrl()).notification(Requests.CREATE, NOW, "2"),
          ReceiverException.Kind.CERTIFICATE_UNAVAILABLE);
    }
  }

  @Test
  void the_certificate_is_fetched_once_per_url() throws Exception {
    SnsSignatureVerifier verifier = verifier();
    int before = server.fetches.get();

    verifier.verify(parse(signer.notification(Requests.CREATE, NOW, "2")));
    verifier.verify(parse(signer.notification(Requests.UPDATE, NOW, "1")));

    assertThat(server.fetches.get()).isEqualTo(before + 1);
  }

  @Test
  void a_message_older_than_the_window_is_stale() throws Exception {
    assertRefused(
        verifier(),
        signer.notification(Requests.CREATE, NOW.minus(Duration.ofMinutes(61)), "2"),
        ReceiverException.Kind.STALE);
    assertThat(
            verifier()
                .verify(
                    parse(
                        signer.notification(
                            Requests.CREATE, NOW.minus(Duration.ofMinutes(59)), "2"))))
        .isEqualTo(Delivery.FIRST);
  }

  @Test
  void the_window_is_configurable() throws Exception {
    SnsSignatureVerifier strict =
        SnsSignatureVerifier.builder()
            .hosts(SnsCertificateHosts.production().withExtraHost(server.hostAndPort()))
            .fetcher(SnsSignatureVerifier.httpFetcher(pki.trustingClient(), Duration.ofSeconds(5)))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .maxAge(Duration.ofMinutes(5))
            .build();

    assertRefused(
        strict,
        signer.notification(Requests.CREATE, NOW.minus(Duration.ofMinutes(6)), "2"),
        ReceiverException.Kind.STALE);
  }

  @Test
  void a_message_from_the_future_beyond_the_skew_is_refused() throws Exception {
    assertRefused(
        verifier(),
        signer.notification(Requests.CREATE, NOW.plus(Duration.ofMinutes(6)), "2"),
        ReceiverException.Kind.STALE);
    assertThat(
            verifier()
                .verify(
                    parse(
                        signer.notification(
                            Requests.CREATE, NOW.plus(Duration.ofMinutes(4)), "2"))))
        .isEqualTo(Delivery.FIRST);
  }

  @Test
  void a_topic_the_receiver_does_not_serve_is_refused() throws Exception {
    SnsSignatureVerifier verifier =
        SnsSignatureVerifier.builder()
            .hosts(SnsCertificateHosts.production().withExtraHost(server.hostAndPort()))
            .fetcher(SnsSignatureVerifier.httpFetcher(pki.trustingClient(), Duration.ofSeconds(5)))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .topics(arn -> arn.endsWith(":other-topic"))
            .build();

    assertRefused(
        verifier,
        signer.notification(Requests.CREATE, NOW, "2"),
        ReceiverException.Kind.UNEXPECTED_TOPIC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SubscriptionConfirmation", "UnsubscribeConfirmation"})
  void a_confirmation_verifies_and_then_names_the_url_to_get(String type) throws Exception {
    SnsMessage message = parse(signer.confirmation(type, NOW, "2"));

    assertThat(verifier().verify(message)).isEqualTo(Delivery.FIRST);
    assertThat(message.subscribeUrl())
        .hasValueSatisfying(
            url ->
                assertThat(url)
                    .startsWith("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription"));
    assertThat(message.token()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SubscribeURL", "Token"})
  void a_confirmation_whose_url_or_token_changed_is_refused(String field) throws Exception {
    Map<String, String> fields = signer.confirmation("SubscriptionConfirmation", NOW, "1");
    fields.put(
        field, field.equals("Token") ? "0" + fields.get(field) : "https://attacker.example/");

    assertRefused(verifier(), fields, ReceiverException.Kind.BAD_SIGNATURE);
  }

  static void assertRefused(
      SnsSignatureVerifier verifier, Map<String, String> fields, ReceiverException.Kind kind)
      throws Exception {
    SnsMessage message = parse(fields);
    assertThatThrownBy(() -> verifier.verify(message))
        .isInstanceOfSatisfying(ReceiverException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }
}

package dev.onramp.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnsMessageTest {
  static final String NOTIFICATION =
      """
      {"Type":"Notification","MessageId":"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324",
       "TopicArn":"arn:aws:sns:us-west-2:123456789012:MyTopic","Subject":"My First Message",
       "Message":"Hello world!","Timestamp":"2012-05-02T00:54:06.655Z","SignatureVersion":"1",
       "Signature":"EXAMPLE","SigningCertURL":"https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem",
       "UnsubscribeURL":"https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe"}
      """;

  @Test
  void a_notification_signs_its_fields_in_the_documented_order() {
    SnsMessage message = SnsMessage.parse(NOTIFICATION);

    assertThat(message.type()).isEqualTo(SnsMessage.Type.Notification);
    assertThat(message.stringToSign())
        .isEqualTo(
            "Message\nHello world!\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n"
                + "Subject\nMy First Message\nTimestamp\n2012-05-02T00:54:06.655Z\n"
                + "TopicArn\narn:aws:sns:us-west-2:123456789012:MyTopic\nType\nNotification\n");
  }

  @Test
  void a_confirmation_signs_the_subscribe_url_and_token() {
    SnsMessage message =
        SnsMessage.parse(
            NOTIFICATION
                .replace("\"Notification\"", "\"SubscriptionConfirmation\"")
                .replace(
                    "\"Subject\":\"My First Message\",",
                    "\"Token\":\"t0k\",\"SubscribeURL\":\"https://s/\","));

    assertThat(message.stringToSign())
        .isEqualTo(
            "Message\nHello world!\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n"
                + "SubscribeURL\nhttps://s/\nTimestamp\n2012-05-02T00:54:06.655Z\nToken\nt0k\n"
                + "TopicArn\narn:aws:sns:us-west-2:123456789012:MyTopic\n"
                + "Type\nSubscriptionConfirmation\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{\"Type\":\"Notification\"}",
        "{\"Type\":\"Other\"}",
        "{\"Type\":\"Notification\",\"Type\":\"Notification\"}"
      })
  void a_document_without_the_fields_of_its_type_is_malformed(String body) {
    assertThatThrownBy(() -> SnsMessage.parse(body))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> assertThat(e.kind()).isEqualTo(ReceiverException.Kind.MALFORMED));
  }

  @Test
  void a_field_twice_is_malformed() {
    assertThatThrownBy(
            () ->
                SnsMessage.parse(
                    NOTIFICATION.replace(
                        "\"Message\":\"Hello world!\"",
                        "\"Message\":\"Hello world!\",\"Message\":\"Bye\"")))
        .isInstanceOf(ReceiverException.class);
  }

  @Test
  void a_confirmation_without_its_subscribe_url_is_malformed() {
    assertThatThrownBy(
            () ->
                SnsMessage.parse(
                    NOTIFICATION.replace("\"Notification\"", "\"SubscriptionConfirmation\"")))
        .isInstanceOf(ReceiverException.class)
        .hasMessageContaining("Token");
  }

  @Test
  void a_signed_field_that_is_not_a_string_is_malformed() {
    assertThatThrownBy(
            () -> SnsMessage.parse(NOTIFICATION.replace("\"Hello world!\"", "{\"a\":1}")))
        .isInstanceOf(ReceiverException.class)
        .hasMessageContaining("Message");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sns.us-east-1.amazonaws.com",
        "sns.eu-central-2.amazonaws.com",
        "sns.ap-southeast-5.amazonaws.com",
        "sns.us-gov-west-1.amazonaws.com",
        "sns.us-gov-east-1.amazonaws.com",
        "sns.cn-north-1.amazonaws.com.cn",
        "sns.cn-northwest-1.amazonaws.com.cn"
      })
  void the_sns_hosts_of_known_partitions_are_trusted(String host) {
    String url = "https://" + host + "/SimpleNotificationService-0123.pem";
    assertThat(SnsCertificateHosts.production().check(url).getHost()).isEqualTo(host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem",
        "https://sns.us-east-1.amazonaws.com:8443/SimpleNotificationService-0123.pem",
        "https://user@sns.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem",
        "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem?x=1",
        "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123.txt",
        "https://sns.us-east-1.amazonaws.com.cn/SimpleNotificationService-0123.pem",
        "https://sns.cn-north-1.amazonaws.com/SimpleNotificationService-0123.pem",
        "https://sns.amazonaws.com/SimpleNotificationService-0123.pem",
        "https://sqs.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem",
        "https://xsns.us-east-1.amazonaws.com/SimpleNotificationService-0123.pem",
        "https://sns.us-east-1.amazonaws.com.evil.example/SimpleNotificationService-0123.pem",
        "https://sns.evil.example/SimpleNotificationService-0123.pem",
        "https://sns.us-east-9.amazonaws.com/SimpleNotificationService-0123.pem", // no such region
        "https://sns.us-iso-east-1.c2s.ic.gov/SimpleNotificationService-0123.pem", // not a known
        // partition
        "https://sns.us-gov-west-1.amazonaws.com.cn/SimpleNotificationService-0123.pem",
        "not a url",
        ""
      })
  void any_other_certificate_url_is_refused(String url) {
    assertThatThrownBy(() -> SnsCertificateHosts.production().check(url))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> assertThat(e.kind()).isEqualTo(ReceiverException.Kind.UNTRUSTED_CERTIFICATE_URL));
  }
}

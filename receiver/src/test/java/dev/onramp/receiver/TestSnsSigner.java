package dev.onramp.receiver;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Signs SNS messages as SNS does, written from AWS's description ("Verifying the signatures of
 * Amazon SNS messages") independently of {@link SnsMessage#stringToSign()}: the string to sign is
 * "name\nvalue\n" for each signed field in the documented order, Subject only when present.
 */
final class TestSnsSigner {
  static final String TOPIC = "arn:aws:sns:us-east-1:111122223333:acme-onboarding";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrivateKey key;
  private final String certUrl;

  TestSnsSigner(PrivateKey key, String certUrl) {
    this.key = key;
    this.certUrl = certUrl;
  }

  /** A Notification carrying {@code message}, signed with SignatureVersion {@code version}. */
  Map<String, String> notification(String message, Instant timestamp, String version)
      throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Type", "Notification");
    m.put("MessageId", UUID.randomUUID().toString());
    m.put("TopicArn", TOPIC);
    m.put("Message", message);
    m.put("Timestamp", timestamp.toString());
    m.put("SignatureVersion", version);
    m.put("SigningCertURL", certUrl);
    m.put(
        "UnsubscribeURL",
        "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + TOPIC + ":x");
    return sign(m);
  }

  /** A SubscriptionConfirmation (or UnsubscribeConfirmation) with its token and SubscribeURL. */
  Map<String, String> confirmation(String type, Instant timestamp, String version)
      throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Type", type);
    m.put("MessageId", UUID.randomUUID().toString());
    m.put("Token", "2336412f37fb687f5d51e6e2425c464de12884a2b7d8e1f6c6c5d1e1d2a3b4c5");
    m.put("TopicArn", TOPIC);
    m.put(
        "Message",
        "You have chosen to subscribe to the topic " + TOPIC + ".\nTo confirm, visit the URL.");
    m.put(
        "SubscribeURL",
        "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn="
            + TOPIC
            + "&Token=2336412f");
    m.put("Timestamp", timestamp.toString());
    m.put("SignatureVersion", version);
    m.put("SigningCertURL", certUrl);
    return sign(m);
  }

  /** Signs (again) the fields as they are now. */
  Map<String, String> sign(Map<String, String> m) throws Exception {
    String[] names =
        "Notification".equals(m.get("Type"))
            ? new String[] {"Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"}
            : new String[] {
              "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"
            };
    StringBuilder s = new StringBuilder();
    for (String name : names) {
      if (m.containsKey(name)) {
        s.append(name).append("\n").append(m.get(name)).append("\n");
      }
    }
    Signature signer =
        Signature.getInstance(
            "1".equals(m.get("SignatureVersion")) ? "SHA1withRSA" : "SHA256withRSA");
    signer.initSign(key);
    signer.update(s.toString().getBytes(StandardCharsets.UTF_8));
    m.put("Signature", Base64.getEncoder().encodeToString(signer.sign()));
    return m;
  }

  static String json(Map<String, String> m) throws Exception {
    return JSON.writeValueAsString(m);
  }
}

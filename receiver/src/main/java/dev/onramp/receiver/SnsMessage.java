package dev.onramp.receiver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON document SNS POSTs to an HTTP(S) subscriber: a {@code Notification}, a {@code
 * SubscriptionConfirmation} or an {@code UnsubscribeConfirmation}. Parsing checks the shape only
 * (every field the type's signature covers is present and a string); {@link SnsSignatureVerifier}
 * checks that SNS sent it.
 *
 * <p>A document with a key twice is refused: the signature covers one value of each field, and a
 * second copy would let this parser and another one read different messages from the same bytes.
 */
public final class SnsMessage {
  /** The message types SNS sends to an HTTP(S) endpoint. */
  public enum Type {
    Notification,
    SubscriptionConfirmation,
    UnsubscribeConfirmation
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final List<String> COMMON =
      List.of(
          "Type",
          "MessageId",
          "TopicArn",
          "Message",
          "Timestamp",
          "SignatureVersion",
          "Signature",
          "SigningCertURL");

  private final Type type;
  private final Map<String, String> fields;
  private final Instant timestamp;

  private SnsMessage(Type type, Map<String, String> fields, Instant timestamp) {
    this.type = type;
    this.fields = fields;
    this.timestamp = timestamp;
  }

  /** Parses the body of SNS's POST. */
  public static SnsMessage parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw malformed("the body is not a JSON document: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw malformed("the body is not a JSON object");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isTextual()) {
        fields.put(field.getKey(), field.getValue().textValue());
      } else if (COMMON.contains(field.getKey())
          || List.of("Subject", "Token", "SubscribeURL").contains(field.getKey())) {
        throw malformed("the field " + field.getKey() + " is not a string");
      }
      // Other fields (MessageAttributes, UnsubscribeURL...) are not signed; non-strings are kept
      // out.
    }
    Type type;
    try {
      type = Type.valueOf(require(fields, "Type"));
    } catch (IllegalArgumentException e) {
      throw malformed("the Type " + quoted(fields.get("Type")) + " is not an SNS message type");
    }
    for (String name : COMMON) {
      require(fields, name);
    }
    if (type != Type.Notification) {
      require(fields, "Token");
      require(fields, "SubscribeURL");
    }
    Instant timestamp;
    try {
      timestamp = Instant.parse(fields.get("Timestamp"));
    } catch (DateTimeParseException e) {
      throw malformed("the Timestamp " + quoted(fields.get("Timestamp")) + " is not ISO 8601 UTC");
    }
    return new SnsMessage(type, Map.copyOf(fields), timestamp);
  }

  public Type type() {
    return type;
  }

  public String messageId() {
    return fields.get("MessageId");
  }

  public String topicArn() {
    return fields.get("TopicArn");
  }

  /** The payload: for a registration, CloudFormation's request as a JSON string. */
  public String message() {
    return fields.get("Message");
  }

  public Optional<String> subject() {
    return field("Subject");
  }

  public Instant timestamp() {
    return timestamp;
  }

  public String signatureVersion() {
    return fields.get("SignatureVersion");
  }

  public String signature() {
    return fields.get("Signature");
  }

  public String signingCertUrl() {
    return fields.get("SigningCertURL");
  }

  /** The URL to GET to confirm the subscription (confirmations only), once verified. */
  public Optional<String> subscribeUrl() {
    return field("SubscribeURL");
  }

  public Optional<String> token() {
    return field("Token");
  }

  /** Any string field of the document by name. */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * The string SNS signs, as AWS documents it ("Verifying the signatures of Amazon SNS messages"):
   * each field's name and value on a line of their own, in byte order of the names, ending with a
   * newline. A Notification signs Message, MessageId, Subject (only if present), Timestamp,
   * TopicArn and Type; a confirmation signs Message, MessageId, SubscribeURL, Timestamp, Token,
   * TopicArn and Type.
   */
  public String stringToSign() {
    List<String> names =
        type == Type.Notification
            ? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
            : List.of(
                "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
    StringBuilder s = new StringBuilder();
    for (String name : names) {
      String value = fields.get(name);
      if (value != null) {
        s.append(name).append('\n').append(value).append('\n');
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "SnsMessage[" + type + " " + messageId() + " from " + topicArn() + "]";
  }

  private static String require(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null || value.isEmpty()) {
      throw malformed("the field " + name + " is missing");
    }
    return value;
  }

  static String quoted(String value) {
    if (value == null) {
      return "(none)";
    }
    return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
  }

  private static ReceiverException malformed(String message) {
    return new ReceiverException(ReceiverException.Kind.MALFORMED, message);
  }
}

package dev.onramp.receiver;

/**
 * A message or request the receiver refuses, with the reason as a kind a caller can branch on and a
 * sentence it can log or send back (never a secret, never a presigned URL's query).
 */
public final class ReceiverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a message or request was refused. */
  public enum Kind {
    /** Not the JSON, the fields or the values this kind of message has. */
    MALFORMED,
    /** A SignatureVersion other than 1 and 2. */
    UNSUPPORTED_SIGNATURE_VERSION,
    /** A SigningCertURL that is not https on a trusted SNS host. */
    UNTRUSTED_CERTIFICATE_URL,
    /** The certificate could not be fetched or read, or is outside its validity period. */
    CERTIFICATE_UNAVAILABLE,
    /** The signature does not verify with the certificate. */
    BAD_SIGNATURE,
    /** The Timestamp is older than the window or too far in the future. */
    STALE,
    /** A TopicArn the receiver was not configured to accept. */
    UNEXPECTED_TOPIC,
    /** A ResponseURL that is not CloudFormation's response bucket of the request's partition. */
    UNTRUSTED_RESPONSE_URL,
    /** The ExternalId is not the one issued to the tenant, or no tenant is known for it. */
    EXTERNAL_ID_MISMATCH,
    /** The answer could not be delivered to the ResponseURL. */
    RESPONSE_NOT_DELIVERED
  }

  private final Kind kind;

  public ReceiverException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ReceiverException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}

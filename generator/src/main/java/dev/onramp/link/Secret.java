package dev.onramp.link;

/**
 * A vendor secret: the HMAC key ExternalIds are derived from. It holds its own copy of the bytes,
 * hands out only copies, and never shows them: {@link #toString()} is redacted, so the secret
 * cannot reach a log or an exception message by accident. At least {@value #MIN_BYTES} bytes, the
 * output size of SHA-256 (RFC 2104 advises a key no shorter than the hash output).
 */
public final class Secret {
  public static final int MIN_BYTES = 32;

  private final byte[] bytes;

  private Secret(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A secret of these bytes (copied); at least {@value #MIN_BYTES} of them. */
  public static Secret of(byte[] bytes) {
    if (bytes == null || bytes.length < MIN_BYTES) {
      throw new LinkException(
          "the vendor secret is "
              + (bytes == null ? "missing" : bytes.length + " bytes long")
              + ", at least "
              + MIN_BYTES
              + " bytes are required",
          "generate one from a secure random source, e.g. 'openssl rand 32', and keep it in a"
              + " secret store");
    }
    return new Secret(bytes.clone());
  }

  /** How many bytes the secret has; the only thing about it that may be shown. */
  public int length() {
    return bytes.length;
  }

  /** A copy of the bytes. */
  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public String toString() {
    return "Secret[redacted, " + bytes.length + " bytes]";
  }
}

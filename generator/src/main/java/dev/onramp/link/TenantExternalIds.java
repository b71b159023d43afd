package dev.onramp.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives each tenant's ExternalId from the tenant id and a vendor {@link Secret}, so the vendor
 * stores no per-tenant secret and can check an ExternalId a customer's stack reports back.
 *
 * <p>The ExternalId is {@value #PREFIX} followed by HMAC-SHA256(secret, UTF-8 bytes of the tenant
 * id) in lower-case hex: 64 + 5 = 69 characters. Why hex: its alphabet {@code [0-9a-f]} is a subset
 * of {@code \w}, so the id satisfies {@link
 * dev.onramp.blueprint.model.ExternalIdSpec#ALLOWED_PATTERN} with room to spare (at most 1,224
 * characters); it needs no hand-written codec ({@link HexFormat}), is not changed by case folding,
 * is selected whole by a double click (base64url's {@code -} and {@code _} break that in many
 * consoles and terminals) and is easy to reproduce with {@code openssl dgst -sha256 -hmac}. Base32
 * would be 12 characters shorter, which buys nothing here. The prefix names the scheme and its
 * version, so that a later scheme can be told apart.
 *
 * <p>The secret should be used for nothing else: the HMAC input is the bare tenant id. Thread-safe.
 */
public final class TenantExternalIds {
  /** The scheme and version every ExternalId of this class starts with. */
  public static final String PREFIX = "onr1-";

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;

  public TenantExternalIds(Secret secret) {
    if (secret == null) {
      throw new LinkException("no vendor secret", "pass the secret ExternalIds are derived from");
    }
    this.key = new SecretKeySpec(secret.bytes(), ALGORITHM);
  }

  /** The ExternalId of this tenant. */
  public String externalId(String tenantId) {
    return PREFIX + HEX.formatHex(hmac(key, bytesOf(tenantId)));
  }

  /**
   * Whether this is the tenant's ExternalId. The comparison takes the same time whatever the
   * position of the first difference ({@link MessageDigest#isEqual}), so it leaks nothing of the
   * expected value; only the length, which is public, may return early.
   */
  public boolean verify(String tenantId, String externalId) {
    if (externalId == null) {
      return false;
    }
    byte[] expected = externalId(tenantId).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, externalId.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "TenantExternalIds[" + PREFIX + "HMAC-SHA256, secret redacted]";
  }

  /** The raw HMAC-SHA256 of {@code data} under {@code key}, any key length (for test vectors). */
  static byte[] hmacSha256(byte[] key, byte[] data) {
    return hmac(new SecretKeySpec(key, ALGORITHM), data);
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  private static byte[] bytesOf(String tenantId) {
    if (tenantId == null || tenantId.isEmpty()) {
      throw new LinkException(
          "the tenant id is " + (tenantId == null ? "missing" : "empty"),
          "pass the vendor's id of the tenant; an empty id would give every such tenant the same"
              + " ExternalId");
    }
    return tenantId.getBytes(StandardCharsets.UTF_8);
  }
}

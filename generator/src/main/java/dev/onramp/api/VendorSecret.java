package dev.onramp.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The vendor secret that tenant ExternalIds are derived from, as a front end found it, and where it
 * found it ({@code environment variable ONRAMP_TENANT_SECRET}) for messages. Its value never
 * reaches a message: {@link #toString()} shows the origin only.
 */
public final class VendorSecret {
  private final byte[] value;
  private final String origin;

  private VendorSecret(byte[] value, String origin) {
    this.value = value;
    this.origin = origin;
  }

  /** The secret's text as UTF-8, found at {@code origin}. */
  public static VendorSecret of(String value, String origin) {
    Objects.requireNonNull(value, "value");
    return new VendorSecret(
        value.getBytes(StandardCharsets.UTF_8), Objects.requireNonNull(origin, "origin"));
  }

  /** Where the secret came from, such as {@code secret file src/main/tenants/secret.txt}. */
  public String origin() {
    return origin;
  }

  byte[] bytes() {
    return value.clone();
  }

  @Override
  public String toString() {
    return "VendorSecret[" + origin + ", redacted]";
  }
}

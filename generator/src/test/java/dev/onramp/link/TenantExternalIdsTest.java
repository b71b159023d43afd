package dev.onramp.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.blueprint.model.ExternalIdSpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TenantExternalIdsTest {
  /** The bytes 0x00 to 0x1f. */
  private static final byte[] SECRET = new byte[32];

  static {
    for (int i = 0; i < SECRET.length; i++) {
      SECRET[i] = (byte) i;
    }
  }

  private final TenantExternalIds ids = new TenantExternalIds(Secret.of(SECRET));

  @Test
  void rawHmacMatchesRfc4231TestCase2() {
    byte[] mac =
        TenantExternalIds.hmacSha256(
            "Jefe".getBytes(StandardCharsets.US_ASCII),
            "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    assertThat(HexFormat.of().formatHex(mac))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  /**
   * Computed independently: {@code printf acme | openssl dgst -sha256 -mac HMAC -macopt
   * hexkey:000102…1f}.
   */
  @Test
  void fixedVectors() {
    assertThat(ids.externalId("acme"))
        .isEqualTo("onr1-c6667e9ad5c0f33e81dccf1001255258c5513a740554a79356a8554b7a09b9b4");
    assertThat(ids.externalId("tenant-0042"))
        .isEqualTo("onr1-f5646452166d21430e0968a57d78e9dd58f27afbb91ac023f9f41e2c05accd7d");
    assertThat(ids.externalId("Zürich GmbH"))
        .isEqualTo("onr1-c752dbe9e3be8297a2a14bd1e6167fcc85f37a8ce99df29431937bb1f11a7ddf");
  }

  @Test
  void externalIdsSatisfyTheStsPattern() {
    for (String tenant : new String[] {"acme", "tenant-0042", "Zürich GmbH", "x"}) {
      assertThat(ids.externalId(tenant)).matches(ExternalIdSpec.ALLOWED_PATTERN).hasSize(69);
    }
  }

  @Test
  void verifyAcceptsTheRightIdAndRejectsAnyOther() {
    String id = ids.externalId("acme");
    assertThat(ids.verify("acme", id)).isTrue();
    assertThat(ids.verify("acme", id.substring(0, id.length() - 1) + "5")).isFalse();
    assertThat(ids.verify("acme", id.toUpperCase(java.util.Locale.ROOT))).isFalse();
    assertThat(ids.verify("acme", id + "0")).isFalse();
    assertThat(ids.verify("acme", "")).isFalse();
    assertThat(ids.verify("acme", null)).isFalse();
    assertThat(ids.verify("acme2", id)).isFalse();
    byte[] other = SECRET.clone();
    other[0] = 1;
    assertThat(new TenantExternalIds(Secret.of(other)).verify("acme", id)).isFalse();
  }

  @Test
  void secretIsCopiedAndNeverShown() {
    byte[] bytes = SECRET.clone();
    Secret secret = Secret.of(bytes);
    TenantExternalIds before = new TenantExternalIds(secret);
    bytes[0] = 9;
    assertThat(before.externalId("acme")).isEqualTo(ids.externalId("acme"));
    assertThat(secret.toString()).isEqualTo("Secret[redacted, 32 bytes]");
    assertThat(before.toString()).contains("redacted").doesNotContain("000102");
  }

  @Test
  void shortSecretsAndEmptyTenantIdsAreRefused() {
    assertThatThrownBy(() -> Secret.of(new byte[31]))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("the vendor secret is 31 bytes long, at least 32 bytes are required");
    assertThatThrownBy(() -> Secret.of(null)).hasMessageContaining("the vendor secret is missing");
    assertThatThrownBy(() -> ids.externalId(""))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("the tenant id is empty");
    assertThatThrownBy(() -> ids.verify(null, "onr1-00"))
        .hasMessageContaining("the tenant id is missing");
  }
}

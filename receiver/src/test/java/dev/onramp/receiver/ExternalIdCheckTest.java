package dev.onramp.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.link.Secret;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ExternalIdCheckTest {
  static final ExternalIdCheck CHECK =
      ExternalIdCheck.of(Requests.SECRET).issued(List.of("globex", Requests.TENANT, "initech"));

  @Test
  void the_external_id_is_onr1_and_the_hmac_of_the_tenant() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            "onramp-receiver-test-secret-0123456789".getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
    String expected =
        "onr1-"
            + HexFormat.of()
                .formatHex(mac.doFinal(Requests.TENANT.getBytes(StandardCharsets.UTF_8)));

    assertThat(Requests.EXTERNAL_ID).isEqualTo(expected);
    assertThat(CHECK.verify(Requests.TENANT, expected)).isTrue();
  }

  @Test
  void another_tenants_or_another_secrets_external_id_does_not_verify() {
    ExternalIdCheck otherSecret =
        ExternalIdCheck.of(Secret.of(new byte[32])).issued(List.of(Requests.TENANT));

    assertThat(CHECK.verify("globex", Requests.EXTERNAL_ID)).isFalse();
    assertThat(CHECK.verify(Requests.TENANT, Requests.EXTERNAL_ID.toUpperCase())).isFalse();
    assertThat(CHECK.verify(Requests.TENANT, null)).isFalse();
    assertThat(CHECK.verify("", Requests.EXTERNAL_ID)).isFalse();
    assertThat(otherSecret.identify(Requests.EXTERNAL_ID)).isEmpty();
  }

  @Test
  void an_issued_tenant_is_identified_by_its_external_id() {
    assertThat(CHECK.identify(Requests.EXTERNAL_ID)).hasValue(Requests.TENANT);
    assertThat(CHECK.identify("onr1-" + "0".repeat(64))).isEmpty();
    assertThat(CHECK.identify("acme-2f8e1c9b7d")).isEmpty();
    assertThat(ExternalIdCheck.of(Requests.SECRET).identify(Requests.EXTERNAL_ID)).isEmpty();
  }

  @Test
  void the_tenant_of_a_request_is_the_verified_candidate_or_the_issued_one() {
    RegistrationRequest request = RegistrationRequest.parse(Requests.CREATE);

    assertThat(CHECK.tenantOf(request, Optional.empty())).isEqualTo(Requests.TENANT);
    assertThat(ExternalIdCheck.of(Requests.SECRET).tenantOf(request, Optional.of(Requests.TENANT)))
        .isEqualTo(Requests.TENANT);
    assertThatThrownBy(() -> CHECK.tenantOf(request, Optional.of("globex")))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> assertThat(e.kind()).isEqualTo(ReceiverException.Kind.EXTERNAL_ID_MISMATCH));
  }

  @Test
  void a_wrong_external_id_is_refused_with_the_reason_the_customer_sees() {
    RegistrationRequest request =
        RegistrationRequest.parse(
            Requests.CREATE.replace(Requests.EXTERNAL_ID, "onr1-" + "a".repeat(64)));

    assertThatThrownBy(() -> CHECK.tenantOf(request, Optional.empty()))
        .isInstanceOf(ReceiverException.class)
        .hasMessage("ExternalId unknown: open the onboarding link again");
  }

  @Test
  void the_secret_is_not_shown() {
    assertThat(CHECK.toString()).doesNotContain("onramp-receiver-test-secret").contains("3 issued");
  }
}

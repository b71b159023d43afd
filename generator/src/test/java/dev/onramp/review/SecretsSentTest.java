package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A NoEcho parameter sent with sendSecret shows in the inventory; other properties do not. */
class SecretsSentTest {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {accountId: "111122223333", principal: account-root}
      parameters:
        - {name: ApiToken, noEcho: true}
        - {name: Tenant, default: acme}
      roles: [{id: A}]
      notify:
        topicArn: arn:aws:sns:us-east-1:111122223333:onboarding
        properties:
          Token: {parameter: ApiToken, sendSecret: true}
          TenantName: {parameter: Tenant}
      """;

  @Test
  void theSecretAndItsPropertyAreNamedAndTheInventoryShowsThem() throws Exception {
    Template template =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource("acme.yaml", BLUEPRINT.getBytes(StandardCharsets.UTF_8))),
                Optional.empty())
            .templates()
            .get(0)
            .template();

    assertThat(SecretsSent.in(template))
        .containsExactly(new SecretsSent.SentSecret("VendorRegistration", "Token", "ApiToken"));
    assertThat(PolicyInventory.of(template).unreviewed())
        .extracting(Unreviewed::detail)
        .contains(
            "sends the value of NoEcho parameter ApiToken (a secret) to the vendor as property"
                + " Token (notify sendSecret)");
  }
}

package dev.onramp.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.receiver.RegistrationRequest.RequestType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRequestTest {
  @Test
  void a_create_request_gives_the_stack_and_the_standard_properties() {
    RegistrationRequest request = RegistrationRequest.parse(Requests.CREATE);

    assertThat(request.requestType()).isEqualTo(RequestType.Create);
    assertThat(request.partition()).isEqualTo("aws");
    assertThat(request.region()).isEqualTo("us-east-1");
    assertThat(request.stackAccount()).isEqualTo("444455556666");
    assertThat(request.requestId()).isEqualTo("6b1e3f2a-8c4d-4e5f-9a0b-1c2d3e4f5a6b");
    assertThat(request.logicalResourceId()).isEqualTo("VendorRegistration");
    assertThat(request.resourceType()).isEqualTo("Custom::OnrampRegistration");
    assertThat(request.physicalResourceId()).isEmpty();
    RegistrationRequest.Properties p = request.properties();
    assertThat(p.roleArn())
        .hasValue("arn:aws:iam::444455556666:role/acme-onboarding-BillingRole-Q1W2E3R4T5Y6");
    assertThat(p.externalId()).hasValue(Requests.EXTERNAL_ID);
    assertThat(p.accountId()).hasValue("444455556666");
    assertThat(p.partition()).hasValue("aws");
    assertThat(p.region()).hasValue("us-east-1");
    assertThat(p.blueprint()).hasValue("notify-callback");
    assertThat(p.templateVersion()).hasValue("2.1.0");
    assertThat(p.templateSha256())
        .hasValue("18e356dea9122237463eaaf56ffd1c06628ea11935b7ea780640ee4e66a6b57e");
    assertThat(p.get("ServiceTimeout")).hasValue("120");
    assertThat(p.outputs()).containsEntry("Team", "platform").hasSize(2);
    assertThat(p.managementAccount()).isEmpty();
    assertThat(request.oldProperties()).isEmpty();
  }

  @Test
  void an_update_carries_the_old_properties_and_the_physical_id() {
    RegistrationRequest request = RegistrationRequest.parse(Requests.UPDATE);

    assertThat(request.requestType()).isEqualTo(RequestType.Update);
    assertThat(request.physicalResourceId()).hasValue(Requests.PHYSICAL_ID);
    assertThat(request.properties().templateVersion()).hasValue("2.2.0");
    assertThat(request.oldProperties())
        .hasValueSatisfying(old -> assertThat(old.templateVersion()).hasValue("2.1.0"));
  }

  @Test
  void a_delete_carries_the_physical_id() {
    assertThat(RegistrationRequest.parse(Requests.DELETE).physicalResourceId())
        .hasValue(Requests.PHYSICAL_ID);
  }

  @Test
  void the_management_account_of_an_organization_stack_is_read() {
    RegistrationRequest request =
        RegistrationRequest.parse(
            Requests.CREATE.replace(
                "\"Blueprint\": \"notify-callback\",",
                "\"Blueprint\": \"org\", \"ManagementAccount\": {\"Blueprint\": \"member\","
                    + " \"RoleArn\": \"arn:aws:iam::444455556666:role/m\", \"Outputs\": {\"A\":"
                    + " \"b\"}},"));

    assertThat(request.properties().managementAccount())
        .hasValueSatisfying(
            m -> {
              assertThat(m.blueprint()).hasValue("member");
              assertThat(m.roleArn()).hasValue("arn:aws:iam::444455556666:role/m");
              assertThat(m.outputs()).containsEntry("A", "b");
            });
  }

  @Test
  void the_partition_comes_from_the_stack_id_not_the_properties() {
    RegistrationRequest request =
        RegistrationRequest.parse(
            Requests.CREATE.replace("\"Partition\": \"aws\"", "\"Partition\": \"aws-cn\""));

    assertThat(request.partition()).isEqualTo("aws");
    assertThat(request.properties().partition()).hasValue("aws-cn");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"RequestType\": \"Create\"=>\"RequestType\": \"Replace\"",
        "\"RequestId\": \"6b1e3f2a-8c4d-4e5f-9a0b-1c2d3e4f5a6b\",=>",
        "\"LogicalResourceId\": \"VendorRegistration\",=>",
        "\"ResponseURL\": \"https=>\"ResponseURL\": 1, \"x\": \"",
        "\"ResourceProperties\"=>\"Properties\"",
        "\"StackId\": \"arn:aws:cloudformation=>\"StackId\": \"arn:aws:sns",
        "\"StackId\": \"arn:aws:cloudformation=>\"StackId\": \"arn:aws-cn:cloudformation",
        "\"RequestType\": \"Create\",=>\"RequestType\": \"Create\", \"RequestType\": \"Delete\","
      })
  void a_request_without_what_cloudformation_always_sends_is_malformed(String edit) {
    String[] change = edit.split("=>", -1);
    String message = Requests.CREATE.replace(change[0], change[1]);
    assertThat(message).isNotEqualTo(Requests.CREATE);

    assertThatThrownBy(() -> RegistrationRequest.parse(message))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> assertThat(e.kind()).isEqualTo(ReceiverException.Kind.MALFORMED));
  }

  @Test
  void an_update_without_a_physical_id_is_malformed() {
    assertThatThrownBy(
            () ->
                RegistrationRequest.parse(
                    Requests.request("Update", Requests.RESPONSE_URL, "2.2.0", null)))
        .isInstanceOf(ReceiverException.class)
        .hasMessageContaining("PhysicalResourceId");
  }
}

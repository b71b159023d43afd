package dev.onramp.receiver;

import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import java.nio.charset.StandardCharsets;

/** CloudFormation requests shaped as docs/notify.md shows them, with a real tenant ExternalId. */
final class Requests {
  static final Secret SECRET =
      Secret.of("onramp-receiver-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
  static final String TENANT = "acme-workspace-0001";
  static final String EXTERNAL_ID = new TenantExternalIds(SECRET).externalId(TENANT);
  static final String STACK_ID =
      "arn:aws:cloudformation:us-east-1:444455556666:stack/acme-onboarding/1a2b3c4d-5e6f-11f0-9a8b-0a1b2c3d4e5f";
  static final String RESPONSE_URL =
      "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/"
          + "arn%3Aaws%3Acloudformation%3Aus-east-1%3A444455556666%3Astack/acme-onboarding/"
          + "1a2b3c4d|VendorRegistration|6b1e3f2a?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=SECRET";
  static final String PHYSICAL_ID = "acme/444455556666/1a2b3c4d-5e6f-11f0-9a8b-0a1b2c3d4e5f";

  static final String CREATE = request("Create", RESPONSE_URL, "2.1.0", null);
  static final String UPDATE = request("Update", RESPONSE_URL, "2.2.0", PHYSICAL_ID);
  static final String DELETE = request("Delete", RESPONSE_URL, "2.2.0", PHYSICAL_ID);

  private Requests() {}

  static String request(String type, String responseUrl, String version, String physicalId) {
    String properties =
        """
        {
          "ServiceToken": "arn:aws:sns:us-east-1:111122223333:acme-onboarding",
          "ServiceTimeout": "120",
          "RoleArn": "arn:aws:iam::444455556666:role/acme-onboarding-BillingRole-Q1W2E3R4T5Y6",
          "ExternalId": "EXTERNAL_ID",
          "AccountId": "444455556666",
          "Partition": "aws",
          "Region": "us-east-1",
          "StackId": "STACK_ID",
          "Blueprint": "notify-callback",
          "TemplateVersion": "VERSION",
          "TemplateSha256": "18e356dea9122237463eaaf56ffd1c06628ea11935b7ea780640ee4e66a6b57e",
          "Outputs": {
            "InventoryRoleArn": "arn:aws:iam::444455556666:role/acme-onboarding-InventoryRole-A1S2D3F4G5H6",
            "Team": "platform"
          }
        }
        """
            .replace("EXTERNAL_ID", EXTERNAL_ID)
            .replace("STACK_ID", STACK_ID)
            .replace("VERSION", version);
    return """
        {
          "RequestType": "TYPE",
          "ServiceToken": "arn:aws:sns:us-east-1:111122223333:acme-onboarding",
          "ResponseURL": "RESPONSE_URL",
          "StackId": "STACK_ID",
          "RequestId": "6b1e3f2a-8c4d-4e5f-9a0b-1c2d3e4f5a6b",
          "LogicalResourceId": "VendorRegistration",
          "ResourceType": "Custom::OnrampRegistration",
          PHYSICAL
          "ResourceProperties": PROPERTIES
          OLD
        }
        """
        .replace("TYPE", type)
        .replace("RESPONSE_URL", responseUrl)
        .replace("STACK_ID", STACK_ID)
        .replace(
            "PHYSICAL", physicalId == null ? "" : "\"PhysicalResourceId\": \"" + physicalId + "\",")
        .replace("PROPERTIES", properties)
        .replace(
            "OLD",
            type.equals("Update")
                ? ", \"OldResourceProperties\": " + properties.replace(version, "2.1.0")
                : "");
  }
}

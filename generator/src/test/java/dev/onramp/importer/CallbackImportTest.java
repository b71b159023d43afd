package dev.onramp.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackImportTest {

  @Test
  void snsCustomResourceBecomesNotifyWithTheVendorsOwnProperties() {
    ImportedFixture imported = ImportedFixture.imported("callback-sns.yaml");

    assertThat(imported.draft().text())
        .contains(
            """
            # From Resources.TenantRegistration (Custom::ExampleTenantLink).
            notify:
              topicArn: arn:aws:sns:us-east-1:111122223333:example-onboarding
              # The original sends its own properties only.
              standardProperties: false
              properties:
                RoleArn:
                  role: ExampleReadRole
                ExternalId:
                  parameter: ExternalId
                Tenant:
                  parameter: TenantId
                Token:
                  parameter: IngestToken
                  sendSecret: true
                SchemaVersion: '2'
              timeoutSeconds: 120
              resourceType: Custom::ExampleTenantLink
              # Condition ShouldRegister.
              when:
                parameter: Register
                equals: 'true'
            """)
        .doesNotContain("resources:");
    ImportLog.Entry callback = imported.entry(ImportLog.Kind.RESOURCE, "TenantRegistration");
    assertThat(callback.destination()).isEqualTo("notify");
    assertThat(callback.changes())
        .contains(
            "sends NoEcho parameter IngestToken as the original did, with sendSecret: the guide"
                + " and the inventory say so",
            "logical id VendorRegistration (TenantRegistration before)");
    assertThat(imported.draft().renames().resources())
        .containsEntry("TenantRegistration", "VendorRegistration");

    assertThat(imported.proof().errors()).isEmpty();
    assertThat(imported.proof().summary()).isEqualTo("same access");
  }

  @Test
  void pseudoParameterPropertiesAreSentAsTheStandardProperties() {
    ImportedFixture imported = ImportedFixture.imported("callback-pseudo.yaml");

    assertThat(imported.draft().text())
        .contains(
            """
            notify:
              topicArn: arn:aws:sns:eu-west-1:111122223333:example-accounts
              properties:
                Product: cost-insights
              # CloudFormation's default wait, which the original relies on.
              timeoutSeconds: 3600
            """)
        .doesNotContain("VendorTopic");
    assertThat(imported.entry(ImportLog.Kind.RESOURCE, "AccountLink").changes())
        .contains(
            "the topic is the default of parameter VendorTopic, which the callback no longer"
                + " reads: notify.topicArn names the vendor's topic",
            "also sends the standard properties ExternalId, Partition, StackId, Blueprint,"
                + " TemplateVersion, TemplateSha256: its properties AccountId, Region are pseudo parameters, which"
                + " only the standard properties send",
            "the vendor receives ResourceType Custom::OnrampRegistration"
                + " (AWS::CloudFormation::CustomResource before): notify: creates a Custom:: type");
    assertThat(imported.entry(ImportLog.Kind.PARAMETER, "VendorTopic").destination())
        .isEqualTo("notify.topicArn");

    assertThat(imported.proof().errors()).isEmpty();
    assertThat(imported.proof().summary()).isEqualTo("same access");
  }

  @Test
  void customResourceBackedByALambdaStaysRaw() {
    ImportedFixture imported = ImportedFixture.imported("callback-lambda.yaml");

    assertThat(imported.draft().text()).doesNotContain("notify:").contains("  Registration:");
    ImportLog.Entry registration = imported.entry(ImportLog.Kind.RESOURCE, "Registration");
    assertThat(registration.destination()).isEqualTo("resources.Registration");
    assertThat(registration.changes())
        .containsExactly(
            "kept as written: its ServiceToken ${RegistrationFunction.Arn} is not the vendor's"
                + " SNS topic (a Lambda function runs code in the customer's account, which"
                + " notify: does not)");
    assertThat(imported.proof().summary()).isEqualTo("same access");
  }
}

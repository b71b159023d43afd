package dev.onramp.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.review.AccessVerdict;
import dev.onramp.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateImporterTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = TemplateImporterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ImportDraft draft(Template template, boolean harden) throws Exception {
    return TemplateImporter.draft(
        "many-shapes.yaml", template, "shapes", new ImportOptions(harden));
  }

  @Test
  void everyShapeBecomesItsSectionWithTheSameAccess() throws Exception {
    Template template = TemplateImporter.read(resource("many-shapes.yaml"));
    ImportDraft draft = draft(template, false);

    assertThat(draft.text())
        .contains("vendor:\n  accountIdParameter: VendorAccount\n  principal: account-root\n")
        .contains("externalId:\n  parameter: External\n")
        // The vendor's account parameter keeps its default and gets the 12-digit pattern.
        .contains(
            "  - name: VendorAccount\n    default: '111122223333'\n    allowedPattern: '^\\d{12}$'")
        .contains(
            "    naming: suffix-parameter\n    nameParameter: Suffix\n    name: acme-scanner-\n")
        .contains("    path: /acme/\n    maxSessionDuration: 7200\n")
        .contains("      level:\n        parameter: Level\n")
        // !If [NotBasic, [a, b], [b]]: b always, a under NotBasic's switch (the other levels).
        .contains(
            "    managedPolicies:\n      - name: SecurityAudit\n        when:\n"
                + "          parameter: Level\n          in:\n            - tags\n"
                + "            - full\n      - job-function/ViewOnlyAccess\n")
        // !Join of a parameter is a statement resource; !Ref of a resource is not.
        .contains("        resource: arn:aws:s3:::${LogBucket}/*\n")
        .contains("  ScannerRoleTopicPolicy:\n    type: AWS::IAM::Policy\n")
        .contains("      - set: tagger-policy\n        when:\n          parameter: Level\n")
        .contains("    trust:\n      services:\n        - events.amazonaws.com\n")
        .contains("      TopicName: acme-events\n")
        // A condition a raw resource names is a named switch under its own name.
        .contains("conditions:\n  # Condition WantsExtra.\n  WantsExtra:\n    parameter: Extra\n")
        .contains("        Fn::If:\n          - WantsExtra\n")
        .contains(
            "  - name: ScannerRoleArn\n    role: ScannerRole\n    export: ${AWS::StackName}-scanner\n")
        .contains(
            "  - name: ScannerRoleName\n    role: ScannerRole\n    attribute: Name\n    when:\n");

    ImportProof proof = ImportProof.of(template, draft, "src/main/blueprints");
    assertThat(proof.errors()).isEmpty();
    assertThat(proof.summary()).isEqualTo("same access");
    assertThat(proof.verdict()).contains(AccessVerdict.EQUAL);
  }

  @Test
  void theLogSaysWhereEachPartWentAndWhy() throws Exception {
    ImportDraft draft = draft(TemplateImporter.read(resource("many-shapes.yaml")), false);

    assertThat(entry(draft, "External").destination()).isEqualTo("externalId");
    assertThat(entry(draft, "External").changes())
        .anySatisfy(change -> assertThat(change).startsWith("default dropped"))
        .anySatisfy(change -> assertThat(change).startsWith("NoEcho dropped"));
    assertThat(entry(draft, "TaggerPolicy").changes())
        .containsExactly(
            "ManagedPolicyName dropped: Onramp names the policies it generates itself");
    assertThat(entry(draft, "EventsTopic").changes())
        .anySatisfy(
            change -> assertThat(change).startsWith("created always: condition ExtraOrTags"));
    assertThat(entry(draft, "WantsExtra").destination())
        .isEqualTo("conditions.WantsExtra, switch on parameter Extra");
    assertThat(entry(draft, "ExtraOrTags").dropped()).isTrue();
    assertThat(entry(draft, "IsTags").destination())
        .isEqualTo("conditions.IsTags, switch on parameter Level");
    assertThat(entry(draft, "Settings").destination()).isEqualTo("inlined");
    assertThat(entry(draft, "TopicArn").dropped()).isTrue();
    assertThat(entry(draft, "ForwarderRole").changes())
        .anySatisfy(change -> assertThat(change).startsWith("inline policy forward became"));
  }

  @Test
  void aConditionWithoutASwitchIsCreatedAlwaysAndTheProofSaysWhatThatGrants() throws Exception {
    Template template = TemplateImporter.read(resource("many-shapes.yaml"));
    ImportProof proof = ImportProof.of(template, draft(template, false), "src/main/blueprints");

    // The topic's condition has no switch form; the topic grants no IAM access, so the verdict
    // stays; what it changes is in the log (created always).
    assertThat(proof.escalates()).isFalse();
  }

  @Test
  void hardeningAddsTheSecureDefaultsAsReviewedChanges() throws Exception {
    String bucket =
        "Parameters:\n  ExternalId: {Type: String}\nResources:\n  Role:\n    Type: AWS::IAM::Role\n"
            + "    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n"
            + "          - Effect: Allow\n            Principal: {AWS: '111122223333'}\n"
            + "            Action: sts:AssumeRole\n"
            + "            Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}}\n"
            + "  Reports:\n    Type: AWS::S3::Bucket\n  ReportsPolicy:\n"
            + "    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Reports\n"
            + "      PolicyDocument:\n        Statement:\n          - Effect: Allow\n"
            + "            Principal: {Service: billingreports.amazonaws.com}\n"
            + "            Action: s3:PutObject\n"
            + "            Resource: !Sub 'arn:aws:s3:::${Reports}/*'\n"
            + "            Condition: {StringEquals: {aws:SourceAccount: !Ref AWS::AccountId}}\n";
    Template template = TemplateImporter.read(bucket);
    ImportDraft plain = draft(template, false);
    ImportDraft hardened = draft(template, true);

    assertThat(ImportProof.of(template, plain, "b").summary()).isEqualTo("same access");
    assertThat(hardened.text())
        .contains("SSEAlgorithm: AES256")
        .contains("RestrictPublicBuckets: true")
        .contains("aws:SecureTransport: 'false'");
    assertThat(entry(hardened, "ReportsPolicy").changes())
        .contains("hardened: requests without TLS denied (aws:SecureTransport)");
    ImportProof proof = ImportProof.of(template, hardened, "b");
    assertThat(proof.verdict()).contains(AccessVerdict.REDUCTION);
    assertThat(proof.escalates()).isFalse();
  }

  @Test
  void aTemplateWithoutAVendorRoleSaysWhyForEachRole() {
    String template =
        "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n"
            + "      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n"
            + "            Principal: {AWS: ['111122223333', '444455556666']}\n"
            + "            Action: sts:AssumeRole\n";

    assertThatThrownBy(() -> draft(TemplateImporter.read(template), false))
        .isInstanceOfSatisfying(
            TemplateImportException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(
                        "role Role: its trust policy is neither the vendor's principal with an"
                            + " ExternalId condition nor AWS services alone"));
  }

  private static ImportLog.Entry entry(ImportDraft draft, String id) {
    List<ImportLog.Entry> found =
        draft.log().entries().stream().filter(entry -> entry.id().equals(id)).toList();
    assertThat(found).as("log entries of %s", id).hasSize(1);
    return found.get(0);
  }
}

package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * Policy documents written as JSON text (a string, an {@code Fn::Sub}, an {@code Fn::Join}) read as
 * the same document written as a map would, variables kept as text; text that is not JSON, and a
 * document given by a parameter, are listed as not reviewed.
 */
class PolicyTextInventoryTest {
  private static PolicyInventory inventory(String template) {
    return PolicyInventory.of(TemplateReader.read(template), ActionCatalog.bundled());
  }

  @Test
  void documentsWrittenAsJsonTextAreReadWithTheirVariablesKept() {
    PolicyInventory inventory =
        inventory(
            """
            Parameters:
              VendorAccount: {Type: String}
            Resources:
              Data: {Type: AWS::S3::Bucket}
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: !Sub '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:${AWS::Partition}:iam::${VendorAccount}:root"},"Action":"sts:AssumeRole"}]}'
                  Policies:
                    - PolicyName: joined
                      PolicyDocument: !Join ['', ['{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::', !Ref Data, '/*"}]}']]
                    - PolicyName: broken
                      PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "s3:*",}]}'
                    - PolicyName: fromParameter
                      PolicyDocument: !Ref VendorAccount
              BucketPolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !Ref Data
                  PolicyDocument: |
                    {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::${Data}/*",
                      "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
            """);

    assertThat(inventory.render())
        .containsExactly(
            "role Role: defined",
            "bucket policy of ${Data}, principal *: Deny s3:GetObject (Read) on"
                + " arn:aws:s3:::${Data}/* if Bool aws:securetransport=false",
            "role Role trust policy, principal AWS arn:${AWS::Partition}:iam::${VendorAccount}:root:"
                + " Allow sts:AssumeRole (Write)",
            "role Role: Allow s3:GetObject (Read) on arn:aws:s3:::${Data}/*",
            "not reviewed: Role: policy document of role Role given by ${VendorAccount}",
            "not reviewed: Role: policy document of role Role is not valid JSON at line 1, column"
                + " 53: unexpected character ('}' (code 125)): was expecting double-quote to start"
                + " field name");
  }

  @Test
  void aDocumentRewrittenAsJsonTextIsNoChange() {
    PolicyInventory asMap =
        inventory(
            """
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: !Sub 'arn:${AWS::Partition}:iam::111122223333:root'}
                        Action: sts:AssumeRole
                        Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}}
                  Policies:
                    - PolicyName: reads
                      PolicyDocument:
                        Statement:
                          - {Effect: Allow, Action: [s3:GetObject], Resource: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}/*'}
            """);
    PolicyInventory asText =
        inventory(
            """
            Resources:
              Role:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: !Sub |
                    {"Statement": [{"Effect": "Allow",
                      "Principal": {"AWS": "arn:${AWS::Partition}:iam::111122223333:root"},
                      "Action": "sts:AssumeRole",
                      "Condition": {"StringEquals": {"sts:ExternalId": "${ExternalId}"}}}]}
                  Policies:
                    - PolicyName: reads
                      PolicyDocument: !Sub '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:${AWS::Partition}:s3:::${Bucket}/*"}]}'
            """);

    assertThat(asText.render()).isEqualTo(asMap.render()).hasSize(3);
    assertThat(PolicyDiff.between(asMap, asText).verdict()).isEqualTo(AccessVerdict.EQUAL);
  }
}

package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.PolicyDocuments;
import dev.onramp.template.GoldenTemplates;
import dev.onramp.template.TemplateReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Nothing that may grant access is dropped silently: a type the review does not read but with a
 * policy-like property, any other IAM type, and a custom resource carrying a policy are listed as
 * not reviewed; a property named like a policy that governs something else is not.
 */
class UnreadPoliciesInventoryTest {
  @Test
  void anUnreadTypeThatMayGrantAccessIsListedAsNotReviewed() {
    PolicyInventory inventory =
        PolicyInventory.of(
            TemplateReader.read(
                """
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      ResourcePolicy:
                        PolicyDocument:
                          Statement:
                            - {Effect: Allow, Principal: '*', Action: 'dynamodb:*', Resource: '*'}
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      RedrivePolicy: {deadLetterTargetArn: x, maxReceiveCount: 3}
                  Oidc:
                    Type: AWS::IAM::OIDCProvider
                    Properties:
                      Url: https://token.actions.githubusercontent.com
                  Profile:
                    Type: AWS::IAM::InstanceProfile
                    Properties:
                      Roles: [r]
                  Maker:
                    Type: Custom::RoleMaker
                    Properties:
                      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:maker
                      Role:
                        Policies:
                          - PolicyDocument: {Statement: []}
                  Other:
                    Type: Custom::Thing
                    Properties:
                      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:thing
                  Guardrail:
                    Type: AWS::Organizations::Policy
                    Properties:
                      Type: SERVICE_CONTROL_POLICY
                      Content: {Statement: []}
                  Scaling:
                    Type: AWS::AutoScaling::ScalingPolicy
                    Properties:
                      AutoScalingGroupName: g
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      Auth:
                        ResourcePolicy:
                          AwsAccountWhitelist: ['111122223333']
                  Wiring:
                    Type: AWS::Serverless::Connector
                    Properties:
                      Source: {Id: Fn}
                      Destination: {Id: Queue}
                      Permissions: [Write]
                  Bus:
                    Type: AWS::Events::EventBusPolicy
                    Properties:
                      StatementId: s
                      Statement: '{"Effect": "Allow", "Principal": "*"'
                """),
            ActionCatalog.bundled());

    assertThat(inventory.render())
        .containsExactly(
            "not reviewed: Api: AWS::Serverless::Api property Auth.ResourcePolicy may grant"
                + " access; the review does not read this type",
            "not reviewed: Bus: policy statement of event bus policy of default is not valid JSON"
                + " at line 1, column 37: unexpected end-of-input: expected close marker for"
                + " Object",
            "not reviewed: Guardrail: AWS::Organizations::Policy may grant access; the review does"
                + " not read this type",
            "not reviewed: Maker: Custom::RoleMaker property Role.Policies may grant access; the"
                + " review does not read this type",
            "not reviewed: Oidc: AWS::IAM::OIDCProvider may grant access; the review does not read"
                + " this type",
            "not reviewed: Table: AWS::DynamoDB::Table property ResourcePolicy may grant access;"
                + " the review does not read this type",
            "not reviewed: Wiring: a SAM connector: the policies the transform writes for it are"
                + " not read");
  }

  /**
   * A macro writing a role's inline policy, as in DataDog/cloudformation-template 61b2319,
   * aws/datadog_integration_role.yaml (the DatadogPolicy macro), written anew.
   */
  @Test
  void whatAMacroWritesIsListedAsNotReviewed() {
    PolicyInventory inventory =
        PolicyInventory.of(
            TemplateReader.read(
                """
                Resources:
                  VendorRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: sts:AssumeRole}
                      Policies:
                        - PolicyName: reads
                          PolicyDocument:
                            Statement:
                              - {Effect: Allow, Action: s3:ListAllMyBuckets, Resource: '*'}
                        - Fn::Transform:
                            - Name: VendorPolicy
                              Parameters: {PolicyType: LogArchive}
                """),
            ActionCatalog.bundled());

    assertThat(inventory.render())
        .containsExactly(
            "role VendorRole: defined",
            "role VendorRole trust policy, principal AWS arn:${AWS::Partition}:iam::111122223333:root:"
                + " Allow sts:AssumeRole (Write)",
            "role VendorRole: Allow s3:ListAllMyBuckets (List) on *",
            "not reviewed: VendorRole: Fn::Transform at Policies[1] (macro VendorPolicy): what the"
                + " macro writes there is not read");
  }

  @Test
  void everyTypeThatGrantsAccessHasAReader() {
    assertThat(PolicyReaders.types()).containsAll(PolicyDocuments.IAM_BEARING);
  }

  @Test
  void theGeneratedTemplatesHaveNothingUnread() {
    for (Path yaml : GoldenTemplates.yaml()) {
      PolicyInventory inventory =
          PolicyInventory.of(
              TemplateReader.read(GoldenTemplates.read(yaml)), ActionCatalog.bundled());
      assertThat(inventory.unreviewed())
          .as(GoldenTemplates.name(yaml))
          .noneMatch(item -> item.detail().contains("the review does not read this type"));
    }
  }
}

package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * Resource policies beside buckets, keys, topics, queues and functions: inline topic and queue
 * policies, replica keys, secrets, repositories, event buses (the bus's own policy, a statement and
 * the older principal form), layer versions, access points, search domains, CloudWatch Logs and
 * backup vaults, each attributed to the resource it governs.
 */
class MoreResourcePoliciesInventoryTest {
  private static PolicyInventory inventory(String resources) {
    return PolicyInventory.of(
        TemplateReader.read("Resources:\n" + resources), ActionCatalog.bundled());
  }

  @Test
  void eachResourcePolicyIsAttributedToTheResourceItGoverns() {
    PolicyInventory inventory =
        inventory(
            """
              Topic: {Type: AWS::SNS::Topic}
              TopicInline:
                Type: AWS::SNS::TopicInlinePolicy
                Properties:
                  TopicArn: !Ref Topic
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Principal: {Service: events.amazonaws.com}, Action: sns:Publish, Resource: !Ref Topic}
              Queue: {Type: AWS::SQS::Queue}
              QueueInline:
                Type: AWS::SQS::QueueInlinePolicy
                Properties:
                  Queue: !Ref Queue
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Principal: {Service: sns.amazonaws.com}, Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn}
              Replica:
                Type: AWS::KMS::ReplicaKey
                Properties:
                  PrimaryKeyArn: arn:aws:kms:us-east-1:111122223333:key/mrk-1
                  KeyPolicy:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: kms:Decrypt, Resource: '*'}
              Secret: {Type: AWS::SecretsManager::Secret}
              SecretPolicy:
                Type: AWS::SecretsManager::ResourcePolicy
                Properties:
                  SecretId: !Ref Secret
                  ResourcePolicy:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: secretsmanager:GetSecretValue, Resource: '*'}
              Repo:
                Type: AWS::ECR::Repository
                Properties:
                  LifecyclePolicy: {LifecyclePolicyText: '{}'}
                  RepositoryPolicyText:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: [ecr:BatchGetImage]}
              Bus:
                Type: AWS::Events::EventBus
                Properties:
                  Name: vendor
                  Policy:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: events:PutEvents, Resource: '*'}
              BusStatement:
                Type: AWS::Events::EventBusPolicy
                Properties:
                  EventBusName: !Ref Bus
                  StatementId: s
                  Statement: {Effect: Allow, Principal: {AWS: '444455556666'}, Action: events:PutEvents, Resource: !GetAtt Bus.Arn}
              LegacyBusPolicy:
                Type: AWS::Events::EventBusPolicy
                Properties:
                  StatementId: legacy
                  Action: events:PutEvents
                  Principal: '*'
                  Condition: {Type: StringEquals, Key: aws:PrincipalOrgID, Value: o-abc}
              Layer:
                Type: AWS::Lambda::LayerVersionPermission
                Properties:
                  Action: lambda:GetLayerVersion
                  LayerVersionArn: arn:aws:lambda:us-east-1:111122223333:layer:shared:1
                  Principal: '*'
                  OrganizationId: o-abc
              AccessPoint:
                Type: AWS::S3::AccessPoint
                Properties:
                  Bucket: data
                  Policy:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: s3:GetObject, Resource: '*'}
              Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  AccessPolicies:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '*'}, Action: 'es:ESHttpGet', Resource: '*'}
              LegacySearch:
                Type: AWS::Elasticsearch::Domain
                Properties:
                  AccessPolicies:
                    Statement:
                      - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: 'es:ESHttpHead', Resource: '*'}
              LogsPolicy:
                Type: AWS::Logs::ResourcePolicy
                Properties:
                  PolicyName: route53-logs
                  PolicyDocument: '{"Statement":[{"Effect":"Allow","Principal":{"Service":"route53.amazonaws.com"},"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}'
              Vault:
                Type: AWS::Backup::BackupVault
                Properties:
                  BackupVaultName: v
                  AccessPolicy:
                    Statement:
                      - {Effect: Deny, Principal: '*', Action: backup:DeleteRecoveryPoint, Resource: '*'}
            """);

    String vendor = "principal AWS arn:${AWS::Partition}:iam::111122223333:root";
    assertThat(inventory.render())
        .containsExactly(
            "event bus policy of ${Bus}, " + vendor + ": Allow events:PutEvents (Write) on *",
            "event bus policy of ${Bus}, principal AWS"
                + " arn:${AWS::Partition}:iam::444455556666:root: Allow events:PutEvents (Write) on"
                + " ${Bus.Arn}",
            "queue policy of ${Queue}, principal Service sns.amazonaws.com: Allow sqs:SendMessage"
                + " (Write) on ${Queue.Arn}",
            "secret policy of ${Secret}, "
                + vendor
                + ": Allow secretsmanager:GetSecretValue (Read) on *",
            "topic policy of ${Topic}, principal Service events.amazonaws.com: Allow sns:Publish"
                + " (Write) on ${Topic}",
            "access point policy of AccessPoint, " + vendor + ": Allow s3:GetObject (Read) on *",
            "domain access policy of LegacySearch, " + vendor + ": Allow es:ESHttpHead (Read) on *",
            "key policy of Replica, " + vendor + ": Allow kms:Decrypt (Write) on *",
            "repository policy of Repo, " + vendor + ": Allow ecr:BatchGetImage (Read) on *",
            "domain access policy of Search, principal *: Allow es:ESHttpGet (Read) on *",
            "backup vault policy of Vault, principal *: Deny backup:DeleteRecoveryPoint (Write) on"
                + " *",
            "layer version policy of arn:aws:lambda:us-east-1:111122223333:layer:shared:1,"
                + " principal *: Allow lambda:GetLayerVersion (Read) on"
                + " arn:aws:lambda:us-east-1:111122223333:layer:shared:1 if StringEquals"
                + " aws:principalorgid=o-abc",
            "event bus policy of default, principal *: Allow events:PutEvents (Write) on"
                + " arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default"
                + " if StringEquals aws:principalorgid=o-abc",
            "logs resource policy route53-logs, principal Service route53.amazonaws.com: Allow"
                + " logs:CreateLogStream (Write), logs:PutLogEvents (Write) on *");
  }

  /**
   * A VPC endpoint's policy written as JSON text, as in DataDog/cloudformation-template 61b2319,
   * aws_quickstart/datadog_agentless_scanning.yaml (VPCEndpointS3), narrowed here to one action.
   */
  @Test
  void aVpcEndpointPolicyIsReadAsWhatItLetsThrough() {
    PolicyInventory inventory =
        inventory(
            """
              Endpoint:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcEndpointType: Gateway
                  VpcId: vpc-1
                  ServiceName: !Sub 'com.amazonaws.${AWS::Region}.s3'
                  PolicyDocument: '{"Statement":[{"Action":"s3:GetObject","Effect":"Allow","Principal":"*","Resource":"*"}]}'
            """);

    assertThat(inventory.render())
        .containsExactly(
            "endpoint policy of Endpoint, principal *: Allow s3:GetObject (Read) on *");
  }
}

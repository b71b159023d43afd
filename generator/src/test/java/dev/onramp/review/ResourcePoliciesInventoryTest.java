package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.GoldenTemplates;
import dev.onramp.template.TemplateReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The policies a raw resource may carry besides roles, managed policies and bucket and key
 * policies: inline policies of their own ({@code AWS::IAM::RolePolicy} and the user and group
 * forms), topic and queue policies, and Lambda permissions, each attributed to what it governs.
 */
class ResourcePoliciesInventoryTest {
  private static PolicyInventory inventory(String resources) {
    return PolicyInventory.of(
        TemplateReader.read("Resources:\n" + resources), ActionCatalog.bundled());
  }

  @Test
  void theRawLogForwardersPermissionAndRoleAreInTheInventory() {
    Path yaml =
        GoldenTemplates.yaml().stream()
            .filter(p -> GoldenTemplates.name(p).equals("raw-log-forwarder/expected/template.yaml"))
            .findFirst()
            .orElseThrow();
    PolicyInventory inventory =
        PolicyInventory.of(
            TemplateReader.read(GoldenTemplates.read(yaml)), ActionCatalog.bundled());

    assertThat(
            inventory.statementsOf(
                new Subject("", Subject.Type.FUNCTION, "${LogForwarderFunction.Arn}")))
        .extracting(PolicyStatement::render)
        .singleElement()
        .asString()
        .contains("principal Service logs.amazonaws.com", "lambda:InvokeFunction");
    assertThat(inventory.statementsOf(new Subject("", Subject.Type.ROLE, "LogForwarderRole")))
        .extracting(PolicyStatement::render)
        .anyMatch(line -> line.contains("logs:PutLogEvents"));
  }

  @Test
  void aRolePolicyIsAnInlinePolicyOfTheRoleItNames() {
    PolicyInventory inventory =
        inventory(
            """
              Forwarder:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
              ForwarderWrites:
                Type: AWS::IAM::RolePolicy
                Properties:
                  RoleName: !Ref Forwarder
                  PolicyName: writes
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: s3:PutObject, Resource: '*'}
              AuditorReads:
                Type: AWS::IAM::UserPolicy
                Properties:
                  UserName: auditor
                  PolicyName: reads
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: s3:GetObject, Resource: '*'}
            """);

    assertThat(inventory.statementsOf(new Subject("", Subject.Type.ROLE, "Forwarder")))
        .extracting(PolicyStatement::render)
        .contains("role Forwarder: Allow s3:PutObject (Write) on *");
    assertThat(inventory.statementsOf(new Subject("", Subject.Type.USER, "auditor")))
        .extracting(PolicyStatement::render)
        .containsExactly("user named auditor: Allow s3:GetObject (Read) on *");
  }

  @Test
  void topicQueueAndFunctionPoliciesAreResourcePolicies() {
    PolicyInventory inventory =
        inventory(
            """
              Alerts:
                Type: AWS::SNS::Topic
              AlertsPolicy:
                Type: AWS::SNS::TopicPolicy
                Properties:
                  Topics: [!Ref Alerts]
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: '111122223333'}
                        Action: sns:Subscribe
                        Resource: !Ref Alerts
              Inbox:
                Type: AWS::SQS::Queue
              InboxPolicy:
                Type: AWS::SQS::QueuePolicy
                Properties:
                  Queues: [!Ref Inbox]
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {Service: events.amazonaws.com}
                        Action: sqs:SendMessage
                        Resource: !GetAtt Inbox.Arn
              Invoke:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: forwarder
                  Principal: logs.amazonaws.com
                  SourceAccount: !Ref AWS::AccountId
            """);

    assertThat(inventory.statementsOf(new Subject("", Subject.Type.TOPIC, "${Alerts}")))
        .extracting(
            s ->
                s.principal()
                    + " "
                    + String.join(",", s.actions().stream().map(Action::name).toList()))
        .containsExactly("AWS arn:${AWS::Partition}:iam::111122223333:root sns:Subscribe");
    assertThat(inventory.statementsOf(new Subject("", Subject.Type.QUEUE, "${Inbox}")))
        .extracting(s -> s.principal().toString())
        .containsExactly("Service events.amazonaws.com");
    assertThat(inventory.statementsOf(new Subject("", Subject.Type.FUNCTION, "forwarder")))
        .singleElement()
        .satisfies(
            statement -> {
              assertThat(statement.principal()).hasToString("Service logs.amazonaws.com");
              assertThat(statement.conditions())
                  .hasToString("StringEquals aws:sourceaccount=${AWS::AccountId}");
            });
  }
}

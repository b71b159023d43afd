package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * SAM functions and state machines as the role the transform generates ({@code <id>Role}): its
 * trust, AWSLambdaBasicExecutionRole, managed policies by name or ARN, inline documents and the
 * policy templates SAM publishes; what the transform adds otherwise is listed as not reviewed. The
 * shapes are those of public vendor templates (Cloudzero/provision-account 337b8b5,
 * services/discovery/template.yaml and services/notification/template.yaml), written anew.
 */
class SamInventoryTest {
  private static PolicyInventory inventory(String template) {
    // Without AWS managed documents: these tests are about attribution, not expansion, which
    // ManagedPolicyExpansionTest covers.
    return PolicyInventory.of(
        TemplateReader.read(template),
        ActionCatalog.bundled(),
        dev.onramp.iam.ManagedPolicyCatalog.of(java.util.List.of(), "none"));
  }

  @Test
  void aFunctionsPoliciesAreTheGeneratedRolesPolicies() {
    PolicyInventory inventory =
        inventory(
            """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Table: {Type: AWS::DynamoDB::Table}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Policies:
                    - AWSCloudFormationReadOnlyAccess
                    - arn:aws:iam::111122223333:policy/Custom
                    - Version: '2012-10-17'
                      Statement:
                        - {Effect: Allow, Action: cloudtrail:DescribeTrails, Resource: '*'}
                    - S3ReadPolicy: {BucketName: !Ref Data}
                    - DynamoDBReadPolicy: {TableName: !Ref Table}
                    - AWSSecretsManagerGetSecretValuePolicy: {SecretArn: x}
                  Events:
                    Q: {Type: SQS, Properties: {Queue: x}}
              Single:
                Type: AWS::Serverless::Function
                Properties:
                  Policies: AWSCloudFormationReadOnlyAccess
              WithRole:
                Type: AWS::Serverless::Function
                Properties:
                  Role: arn:aws:iam::111122223333:role/existing
              WithOwnRole:
                Type: AWS::Serverless::Function
                Properties:
                  Role: !GetAtt Own.Arn
              Own:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Policies:
                    - LambdaInvokePolicy: {FunctionName: !Ref Single}
            """);

    String region = "${AWS::Region}:${AWS::AccountId}";
    assertThat(inventory.render())
        .containsExactly(
            "role FnRole: defined",
            "role MachineRole: defined",
            "role Own: defined",
            "role SingleRole: defined",
            "role FnRole trust policy, principal Service lambda.amazonaws.com: Allow sts:AssumeRole"
                + " (Write)",
            "role FnRole: Allow cloudtrail:DescribeTrails (Read) on *",
            "role FnRole: Allow dynamodb:BatchGetItem (Read), dynamodb:DescribeTable (Read),"
                + " dynamodb:GetItem (Read), dynamodb:Query (Read), dynamodb:Scan (Read) on"
                + " [arn:${AWS::Partition}:dynamodb:"
                + region
                + ":table/${Table}, arn:${AWS::Partition}:dynamodb:"
                + region
                + ":table/${Table}/index/*]",
            "role FnRole: Allow s3:GetBucketLocation (Read), s3:GetLifecycleConfiguration (Read),"
                + " s3:GetObject (Read), s3:GetObjectVersion (Read), s3:ListBucket (List) on"
                + " [arn:${AWS::Partition}:s3:::${Data}, arn:${AWS::Partition}:s3:::${Data}/*]",
            "role MachineRole trust policy, principal Service states.amazonaws.com: Allow"
                + " sts:AssumeRole (Write)",
            "role MachineRole: Allow lambda:InvokeFunction (Write) on arn:${AWS::Partition}:lambda:"
                + region
                + ":function:${Single}*",
            "role Own trust policy, principal Service lambda.amazonaws.com: Allow sts:AssumeRole"
                + " (Write)",
            "role SingleRole trust policy, principal Service lambda.amazonaws.com: Allow"
                + " sts:AssumeRole (Write)",
            "role FnRole: attaches AWS managed policy AWSCloudFormationReadOnlyAccess",
            "role FnRole: attaches AWS managed policy AWSLambdaBasicExecutionRole",
            "role FnRole: attaches managed policy arn:aws:iam::111122223333:policy/Custom",
            "role SingleRole: attaches AWS managed policy AWSCloudFormationReadOnlyAccess",
            "role SingleRole: attaches AWS managed policy AWSLambdaBasicExecutionRole",
            "not reviewed: Fn: SAM: policy templates not expanded:"
                + " AWSSecretsManagerGetSecretValuePolicy; the permissions the SAM transform adds"
                + " for Events are not read",
            "not reviewed: WithRole: SAM: runs as role arn:aws:iam::111122223333:role/existing,"
                + " which the template does not define");
  }

  @Test
  void aManagedPolicyOfTheTemplateNamedInPoliciesIsTheGeneratedRoles() {
    PolicyInventory inventory =
        inventory(
            """
            Resources:
              Reads:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: sqs:ListQueues, Resource: '*'}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Policies: [!Ref Reads]
            """);

    assertThat(inventory.render())
        .containsExactly(
            "role FnRole: defined",
            "role FnRole trust policy, principal Service lambda.amazonaws.com: Allow sts:AssumeRole"
                + " (Write)",
            "role FnRole: Allow sqs:ListQueues (Read) on *",
            "role FnRole: attaches AWS managed policy AWSLambdaBasicExecutionRole");
  }

  @Test
  void aPolicyTemplateSwappedForItsCrudFormIsAnEscalation() {
    String template =
        """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Policies: [{%s: {BucketName: reports}}]
        """;
    PolicyDiff diff =
        PolicyDiff.between(
            inventory(template.formatted("S3ReadPolicy")),
            inventory(template.formatted("S3CrudPolicy")));

    assertThat(diff.verdict()).isEqualTo(AccessVerdict.ESCALATION);
    assertThat(diff.changes())
        .extracting(Change::sentence)
        .anyMatch(s -> s.contains("s3:PutObject"));
  }
}

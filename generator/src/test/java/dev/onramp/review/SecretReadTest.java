package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.review.report.InventoryReport;
import dev.onramp.template.TemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, finding 1: the inventory flags every allowed read of configuration that often holds
 * secrets, wherever it comes from: a custom statement's wildcard, an AWS managed policy, a resource
 * scope on API Gateway's key paths; not a Deny, not API Gateway's other paths.
 */
class SecretReadTest {
  private static final String ROLE =
      """
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: {AWS: '111122223333'}
                  Action: sts:AssumeRole
                  Condition: {StringEquals: {sts:ExternalId: example}}
      %s
            Policies:
              - PolicyName: Own
                PolicyDocument:
                  Statement:
      %s
      """;
  // The blocks above are indented for their place: ManagedPolicyArns under Properties (6 spaces
  // after the text block's margin), statements under Statement (14).

  private static final String OWN_STATEMENTS =
      String.join(
          "\n",
          "              - Effect: Allow",
          "                Action: [lambda:List*, ecs:DescribeTask*]",
          "                Resource: '*'",
          "              - Effect: Allow",
          "                Action: apigateway:GET",
          "                Resource: !Sub arn:${AWS::Partition}:apigateway:*::/restapis*",
          "              - Effect: Deny",
          "                Action: ec2:DescribeInstanceAttribute",
          "                Resource: '*'",
          "              - Effect: Allow",
          "                Action: ec2:DescribeInstanceAttribute",
          "                Resource: '*'",
          "                Condition: {StringEquals: {aws:RequestedRegion: eu-west-1}}");

  private final PolicyInventory inventory = inventory("", OWN_STATEMENTS);

  private static PolicyInventory inventory(String managedPolicies, String statements) {
    return PolicyInventory.of(
        TemplateReader.read(ROLE.formatted(managedPolicies, statements)), ActionCatalog.bundled());
  }

  private static List<String> lines(PolicyInventory inventory) {
    return inventory.secretReads().stream().map(SecretRead::render).toList();
  }

  @Test
  void aWildcardOfACustomStatementIsFlaggedActionByAction() {
    assertThat(lines(inventory))
        .containsExactly(
            "role Role: ecs:DescribeTaskDefinition on * can reveal container environment variables"
                + " of ECS task definitions",
            "role Role: ecs:DescribeTasks on * can reveal container environment overrides of ECS"
                + " tasks",
            "role Role: lambda:ListFunctions on * can reveal environment variables of Lambda"
                + " functions",
            "role Role: lambda:ListVersionsByFunction on * can reveal environment variables of"
                + " Lambda function versions",
            "role Role: ec2:DescribeInstanceAttribute on * if StringEquals"
                + " aws:requestedregion=eu-west-1 can reveal EC2 instance user data");
  }

  @Test
  void anAwsManagedPolicyAndApiGatewaysKeyPathsAreFlagged() {
    PolicyInventory inventory =
        inventory(
            "      ManagedPolicyArns:\n"
                + "        - !Sub arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess",
            "              - Effect: Allow\n"
                + "                Action: apigateway:GET\n"
                + "                Resource: !Sub arn:${AWS::Partition}:apigateway:*::/usageplans/*");

    assertThat(lines(inventory))
        .contains(
            "role Role: cloudformation:DescribeStacks on * can reveal stack parameters (those not"
                + " NoEcho) and outputs")
        .anyMatch(
            line ->
                line.startsWith("role Role: apigateway:GET on [")
                    && line.contains("/usageplans/*")
                    && line.endsWith(
                        "can reveal the values of API Gateway API keys and usage-plan" + " keys"));
  }

  @Test
  void theReportsFlagThemToo() {
    String markdown = InventoryReport.markdown("acme", "1.0.0", inventory);
    String json = InventoryReport.json("acme", "1.0.0", inventory);

    assertThat(markdown)
        .contains(
            "Reads of configuration that often holds secrets: " + inventory.secretReads().size())
        .contains("### Reads configuration that often holds secrets")
        .contains("| `lambda:ListFunctions` | environment variables of Lambda functions | `*` |");
    assertThat(json)
        .contains("\"configurationSecrets\": [")
        .contains("\"action\": \"lambda:ListFunctions\"")
        .contains("\"reveals\": \"environment variables of Lambda functions\"");
  }
}

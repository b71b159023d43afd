package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SAM policy templates most used in functions' {@code Policies}, expanded as the SAM transform
 * expands them: each one's actions and resource ARNs as published in
 * aws/serverless-application-model, samtranslator/policy_templates_data/policy_templates.json
 * (commit 013ec109893d6fbb6ea2e148f37f1f5eb34471a1), written out here rather than bundled. A
 * parameter's value takes the place of its variable in the ARN, as the transform's {@code Fn::Sub}
 * does. Any other template, or one whose parameter is not a plain value, is not expanded (the
 * caller lists it as not reviewed).
 */
final class SamPolicyTemplates {
  private static final String REGIONAL = "${AWS::Region}:${AWS::AccountId}:";

  /** A template's parameter (empty for none), actions, and resource ARNs with {@code %s} for it. */
  private record Definition(String parameter, List<String> actions, List<String> resources) {}

  private static final Map<String, Definition> TEMPLATES =
      Map.ofEntries(
          Map.entry(
              "SQSPollerPolicy",
              new Definition(
                  "QueueName",
                  List.of(
                      "sqs:ChangeMessageVisibility",
                      "sqs:ChangeMessageVisibilityBatch",
                      "sqs:DeleteMessage",
                      "sqs:DeleteMessageBatch",
                      "sqs:GetQueueAttributes",
                      "sqs:ReceiveMessage"),
                  List.of("arn:${AWS::Partition}:sqs:" + REGIONAL + "%s"))),
          Map.entry(
              "SQSSendMessagePolicy",
              new Definition(
                  "QueueName",
                  List.of("sqs:SendMessage*"),
                  List.of("arn:${AWS::Partition}:sqs:" + REGIONAL + "%s"))),
          Map.entry(
              "SNSPublishMessagePolicy",
              new Definition(
                  "TopicName",
                  List.of("sns:Publish"),
                  List.of("arn:${AWS::Partition}:sns:" + REGIONAL + "%s"))),
          Map.entry(
              "LambdaInvokePolicy",
              new Definition(
                  "FunctionName",
                  List.of("lambda:InvokeFunction"),
                  List.of("arn:${AWS::Partition}:lambda:" + REGIONAL + "function:%s*"))),
          Map.entry(
              "S3ReadPolicy",
              new Definition(
                  "BucketName",
                  List.of(
                      "s3:GetObject",
                      "s3:ListBucket",
                      "s3:GetBucketLocation",
                      "s3:GetObjectVersion",
                      "s3:GetLifecycleConfiguration"),
                  List.of("arn:${AWS::Partition}:s3:::%s", "arn:${AWS::Partition}:s3:::%s/*"))),
          Map.entry(
              "S3CrudPolicy",
              new Definition(
                  "BucketName",
                  List.of(
                      "s3:GetObject",
                      "s3:ListBucket",
                      "s3:GetBucketLocation",
                      "s3:GetObjectVersion",
                      "s3:PutObject",
                      "s3:PutObjectAcl",
                      "s3:GetLifecycleConfiguration",
                      "s3:PutLifecycleConfiguration",
                      "s3:DeleteObject"),
                  List.of("arn:${AWS::Partition}:s3:::%s", "arn:${AWS::Partition}:s3:::%s/*"))),
          Map.entry(
              "DynamoDBReadPolicy",
              new Definition(
                  "TableName",
                  List.of(
                      "dynamodb:GetItem",
                      "dynamodb:Scan",
                      "dynamodb:Query",
                      "dynamodb:BatchGetItem",
                      "dynamodb:DescribeTable"),
                  tableArns())),
          Map.entry(
              "DynamoDBCrudPolicy",
              new Definition(
                  "TableName",
                  List.of(
                      "dynamodb:GetItem",
                      "dynamodb:DeleteItem",
                      "dynamodb:PutItem",
                      "dynamodb:Scan",
                      "dynamodb:Query",
                      "dynamodb:UpdateItem",
                      "dynamodb:BatchWriteItem",
                      "dynamodb:BatchGetItem",
                      "dynamodb:DescribeTable",
                      "dynamodb:ConditionCheckItem"),
                  tableArns())),
          Map.entry(
              "CloudWatchPutMetricPolicy",
              new Definition("", List.of("cloudwatch:PutMetricData"), List.of("*"))),
          Map.entry(
              "EC2DescribePolicy",
              new Definition(
                  "", List.of("ec2:DescribeRegions", "ec2:DescribeInstances"), List.of("*"))),
          Map.entry(
              "CloudFormationDescribeStacksPolicy",
              new Definition(
                  "",
                  List.of("cloudformation:DescribeStacks"),
                  List.of("arn:${AWS::Partition}:cloudformation:" + REGIONAL + "stack/*"))));

  private SamPolicyTemplates() {}

  /**
   * The policy document template {@code name} stands for with {@code parameters} (the map under its
   * name), or empty when it is not one of these or its parameter is missing or not a value.
   */
  static Optional<Map<String, Object>> expand(String name, Object parameters) {
    Definition definition = TEMPLATES.get(name);
    if (definition == null) {
      return Optional.empty();
    }
    String value = "";
    if (!definition.parameter().isEmpty()) {
      Object given = parameters instanceof Map<?, ?> map ? map.get(definition.parameter()) : null;
      Optional<String> text = subText(given);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      value = text.get();
    }
    List<Object> resources = new ArrayList<>();
    for (String resource : definition.resources()) {
      resources.add(resource.equals("*") ? "*" : Fn.sub(resource.replace("%s", value)));
    }
    return Optional.of(
        Map.of(
            "Statement",
            List.of(
                Map.of("Effect", "Allow", "Action", definition.actions(), "Resource", resources))));
  }

  /** A parameter's value as it reads inside an {@code Fn::Sub}: literal text escaped. */
  private static Optional<String> subText(Object value) {
    if (value instanceof String text) {
      return Optional.of(SubText.escape(text));
    }
    if (value instanceof Fn.Ref || value instanceof Fn.GetAtt || value instanceof Fn.Sub) {
      return Optional.of(CanonicalText.of(value));
    }
    return Optional.empty();
  }

  private static List<String> tableArns() {
    return List.of(
        "arn:${AWS::Partition}:dynamodb:" + REGIONAL + "table/%s",
        "arn:${AWS::Partition}:dynamodb:" + REGIONAL + "table/%s/index/*");
  }
}

package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.resource;
import static dev.onramp.check.CheckFixtures.sub;
import static dev.onramp.check.CheckFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurBucketPolicyCheckTest {
  private final CurBucketPolicyCheck check = new CurBucketPolicyCheck();

  private static Template.Resource policy(Object services, Map<String, Object> condition) {
    Map<String, Object> statement =
        map(
            "Sid",
            "AllowReportDelivery",
            "Effect",
            "Allow",
            "Principal",
            map("Service", services),
            "Action",
            "s3:PutObject",
            "Resource",
            sub("${CurBucket.Arn}/*"));
    if (condition != null) {
      statement.put("Condition", condition);
    }
    return resource(
        "AWS::S3::BucketPolicy",
        "Bucket",
        new Fn.Ref("CurBucket"),
        "PolicyDocument",
        document(statement));
  }

  @Test
  void deliveryLimitedToThisAccountAndItsReportPasses() {
    Template.Resource policy =
        policy(
            List.of("billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com"),
            map(
                "StringEquals",
                map("aws:SourceAccount", new Fn.Ref("AWS::AccountId")),
                "ArnLike",
                map(
                    "aws:SourceArn",
                    List.of(
                        sub("arn:${AWS::Partition}:cur:us-east-1:${AWS::AccountId}:definition/*"),
                        sub(
                            "arn:${AWS::Partition}:bcm-data-exports:us-east-1:${AWS::AccountId}:export/*")))));
    assertThat(check.check(template("CurBucketPolicy", policy))).isEmpty();
  }

  @Test
  void deliveryWithoutTheSourceArnIsReported() {
    Template.Resource policy =
        policy(
            "billingreports.amazonaws.com",
            map("StringEquals", map("aws:SourceAccount", new Fn.Ref("AWS::AccountId"))));
    assertThat(rendered(check.check(template("CurBucketPolicy", policy))))
        .isEqualTo(
            "test.yaml: error ONR503 at Resources.CurBucketPolicy: bucket policy CurBucketPolicy"
                + " lets billingreports.amazonaws.com write to the bucket without an aws:SourceArn"
                + " condition (statement 'AllowReportDelivery'): the service could be made to"
                + " deliver another account's reports into it\n"
                + "  fix: add StringEquals {aws:SourceAccount: ${AWS::AccountId}} and ArnLike"
                + " {aws:SourceArn: the report's ARN, such as"
                + " arn:${AWS::Partition}:cur:us-east-1:${AWS::AccountId}:definition/*} to the"
                + " statement");
  }

  @Test
  void deliveryWithNoConditionMissesBoth() {
    Template.Resource policy = policy("bcm-data-exports.amazonaws.com", null);
    assertThat(rendered(check.check(template("CurBucketPolicy", policy))))
        .startsWith(
            "test.yaml: error ONR503 at Resources.CurBucketPolicy: bucket policy CurBucketPolicy"
                + " lets bcm-data-exports.amazonaws.com write to the bucket without"
                + " aws:SourceAccount and aws:SourceArn conditions");
  }

  @Test
  void otherServicesAreNotThisChecksConcern() {
    Template.Resource policy = policy("logging.s3.amazonaws.com", null);
    assertThat(check.check(template("LogBucketPolicy", policy))).isEmpty();
  }
}

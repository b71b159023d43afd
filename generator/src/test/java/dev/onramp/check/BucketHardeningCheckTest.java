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
import org.junit.jupiter.api.Test;

class BucketHardeningCheckTest {
  private final BucketHardeningCheck check = new BucketHardeningCheck();

  private static Template.Resource bucket(Object blockPublicPolicy) {
    return resource(
        "AWS::S3::Bucket",
        "PublicAccessBlockConfiguration",
        map(
            "BlockPublicAcls",
            true,
            "BlockPublicPolicy",
            blockPublicPolicy,
            "IgnorePublicAcls",
            true,
            "RestrictPublicBuckets",
            "true"));
  }

  private static Template.Resource tlsOnly(String bucket) {
    return resource(
        "AWS::S3::BucketPolicy",
        "Bucket",
        new Fn.Ref(bucket),
        "PolicyDocument",
        document(
            map(
                "Sid",
                "DenyPlainHttp",
                "Effect",
                "Deny",
                "Principal",
                "*",
                "Action",
                "s3:*",
                "Resource",
                List.of(sub("${" + bucket + ".Arn}"), sub("${" + bucket + ".Arn}/*")),
                "Condition",
                map("Bool", map("aws:SecureTransport", "false")))));
  }

  @Test
  void aPrivateBucketThatRefusesPlainHttpPasses() {
    assertThat(
            check.check(
                template("CurBucket", bucket(true), "CurBucketPolicy", tlsOnly("CurBucket"))))
        .isEmpty();
  }

  @Test
  void aBucketOpenToPublicPoliciesAndPlainHttpIsReportedTwice() {
    assertThat(
            rendered(
                check.check(
                    template(
                        "CurBucket", bucket(false), "OtherPolicy", tlsOnly("SomeOtherBucket")))))
        .isEqualTo(
            "test.yaml: error ONR504 at Resources.CurBucket: bucket CurBucket does not block public"
                + " access: BlockPublicPolicy not true, so an ACL or a bucket policy could make it"
                + " public\n"
                + "  fix: set PublicAccessBlockConfiguration with BlockPublicAcls, BlockPublicPolicy,"
                + " IgnorePublicAcls and RestrictPublicBuckets all true\n"
                + "test.yaml: error ONR504 at Resources.CurBucket: bucket CurBucket has no bucket"
                + " policy that denies requests without TLS (aws:SecureTransport false), so its"
                + " objects can be read or written in clear text\n"
                + "  fix: add an AWS::S3::BucketPolicy for the bucket with a Deny statement for"
                + " Principal '*', Action s3:*, the bucket and its objects, and Condition {Bool:"
                + " {aws:SecureTransport: false}}");
  }

  @Test
  void aBucketWithoutAnyPublicAccessBlockIsReported() {
    assertThat(
            rendered(
                check.check(
                    template(
                        "LogBucket",
                        resource("AWS::S3::Bucket", "BucketName", sub("${AWS::StackName}-logs")),
                        "LogBucketPolicy",
                        tlsOnly("LogBucket")))))
        .isEqualTo(
            "test.yaml: error ONR504 at Resources.LogBucket: bucket LogBucket has no"
                + " PublicAccessBlockConfiguration, so an ACL or a bucket policy could make it"
                + " public\n"
                + "  fix: set PublicAccessBlockConfiguration with BlockPublicAcls, BlockPublicPolicy,"
                + " IgnorePublicAcls and RestrictPublicBuckets all true");
  }
}

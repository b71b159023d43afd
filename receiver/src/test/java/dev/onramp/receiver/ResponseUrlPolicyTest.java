package dev.onramp.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cost-report handler's rule (generator/src/test/python/test_cost_report.py has the same
 * cases): CloudFormation's response bucket of the stack's partition and region, nothing else.
 */
class ResponseUrlPolicyTest {
  static final String QUERY = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=SECRET";
  static final String HOST =
      "cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com";

  @ParameterizedTest
  @CsvSource({
    "aws, us-east-1, https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/r",
    "aws, us-east-1, https://cloudformation-custom-resource-response-useast1.s3.us-east-1.amazonaws.com/r",
    "aws, eu-west-1, https://cloudformation-custom-resource-response-euwest1.s3-eu-west-1.amazonaws.com/r",
    "aws, ap-northeast-1, https://cloudformation-custom-resource-response-apnortheast1.s3-ap-northeast-1.amazonaws.com/r",
    "aws-us-gov, us-gov-west-1, https://cloudformation-custom-resource-response-usgovwest1.s3.us-gov-west-1.amazonaws.com/r",
    "aws-cn, cn-north-1, https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/r"
  })
  void cloudformations_response_bucket_of_the_stacks_region_is_allowed(
      String partition, String region, String url) {
    assertThat(ResponseUrlPolicy.cloudFormation().allows(url + QUERY, partition, region)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://attacker.example/collect",
        "http://" + HOST + "/r", // not https
        "https://" + HOST + ".attacker.example/r", // a longer host
        "https://" + HOST + "@attacker.example/r", // user info: the host is attacker.example
        "https://" + HOST + ":8443/r", // a port
        "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/r", // another
        // region
        "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com.cn/r", // China's
        "https://cloudformation-custom-resource-response-euwest1x.s3.eu-west-1.amazonaws.com/r", // a bucket alike
        "https://attacker.example/?" + HOST + "/",
        "HTTPS://" + HOST + "/r", // the Python rule is case-sensitive too
        ""
      })
  void any_other_response_url_is_refused(String url) {
    ResponseUrlPolicy policy = ResponseUrlPolicy.cloudFormation();
    assertThat(policy.allows(url, "aws", "eu-west-1")).isFalse();
    assertThat(policy.allows(null, "aws", "eu-west-1")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    // the bucket of aws-cn's region, claimed by a stack of aws
    "aws, cn-north-1, https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/r",
    // the aws host for a stack of aws-cn
    "aws-cn, cn-north-1, https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com/r"
  })
  void the_host_must_be_of_the_stacks_partition(String partition, String region, String url) {
    assertThat(ResponseUrlPolicy.cloudFormation().allows(url, partition, region)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://127.0.0.1:9443/cfn-responses/key?X-Amz-Signature=x",
        "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/r"
      })
  void a_test_prefix_is_allowed_besides_cloudformations_buckets(String url) {
    ResponseUrlPolicy policy =
        ResponseUrlPolicy.cloudFormation().withExtraPrefix("https://127.0.0.1:9443/cfn-responses/");
    assertThat(policy.allows(url, "aws", "eu-west-1")).isTrue();
    assertThat(policy.allows("https://127.0.0.1:9443/other/key", "aws", "eu-west-1")).isFalse();
    assertThat(
            ResponseUrlPolicy.cloudFormation()
                .allows("https://127.0.0.1:9443/cfn-responses/key", "aws", "eu-west-1"))
        .isFalse();
  }
}

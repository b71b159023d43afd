package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.resource;
import static dev.onramp.check.CheckFixtures.sub;
import static dev.onramp.check.CheckFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import org.junit.jupiter.api.Test;

class CustomResourceTimeoutCheckTest {
  private final CustomResourceTimeoutCheck check = new CustomResourceTimeoutCheck();

  private static Template.Resource function(Integer timeout) {
    Template.Resource function =
        resource(
            "AWS::Lambda::Function",
            "Runtime",
            "python3.12",
            "Handler",
            "index.handler",
            "Role",
            new Fn.GetAtt("ReportFunctionRole", "Arn"),
            "Code",
            map("ZipFile", "def handler(event, context): pass"));
    if (timeout != null) {
      var properties = new java.util.LinkedHashMap<>(function.properties());
      properties.put("Timeout", timeout);
      return Template.Resource.of(function.type(), properties);
    }
    return function;
  }

  @Test
  void aFunctionWithATimeoutPasses() {
    assertThat(
            check.check(
                template(
                    "ReportFunction",
                    function(120),
                    "Report",
                    resource(
                        "Custom::CurReport",
                        "ServiceToken",
                        new Fn.GetAtt("ReportFunction", "Arn")))))
        .isEmpty();
  }

  @Test
  void aFunctionWithoutTimeoutIsReportedOnceForAllItsCustomResources() {
    assertThat(
            rendered(
                check.check(
                    template(
                        "ReportFunction",
                        function(null),
                        "Report",
                        resource(
                            "Custom::CurReport",
                            "ServiceToken",
                            new Fn.GetAtt("ReportFunction", "Arn")),
                        "Cleanup",
                        resource(
                            "AWS::CloudFormation::CustomResource",
                            "ServiceToken",
                            sub("${ReportFunction.Arn}"))))))
        .isEqualTo(
            "test.yaml: error ONR506 at Resources.ReportFunction: Lambda function ReportFunction"
                + " backs custom resource Report, Cleanup but sets no Timeout: stopped after the"
                + " default 3 seconds before it answers, it leaves the stack waiting an hour\n"
                + "  fix: set Timeout to the longest the work may take (at most 900 seconds) and have"
                + " the handler answer CloudFormation on every path, errors included");
  }

  @Test
  void anUnusedFunctionAndATopicWithAServiceTimeoutPass() {
    assertThat(
            check.check(
                template(
                    "Helper",
                    function(null),
                    "Callback",
                    resource(
                        "Custom::VendorCallback",
                        "ServiceToken",
                        sub("arn:${AWS::Partition}:sns:us-east-1:111122223333:onboarding"),
                        "ServiceTimeout",
                        300))))
        .isEmpty();
  }

  @Test
  void aTopicWithoutServiceTimeoutIsReportedOnTheCustomResource() {
    assertThat(
            rendered(
                check.check(
                    template(
                        "Callback",
                        resource(
                            "Custom::VendorCallback",
                            "ServiceToken",
                            sub("arn:${AWS::Partition}:sns:us-east-1:111122223333:onboarding"))))))
        .isEqualTo(
            "test.yaml: error ONR506 at Resources.Callback: custom resource Callback is served by"
                + " SNS topic arn:${AWS::Partition}:sns:us-east-1:111122223333:onboarding but sets"
                + " no ServiceTimeout: CloudFormation waits an hour for a subscriber that never"
                + " answers before it fails the operation\n"
                + "  fix: set ServiceTimeout to the longest the subscriber may take to answer (1 to"
                + " 3600 seconds)");
  }

  @Test
  void aTopicArnWithAWrittenPartitionIsATopicToo() {
    assertThat(
            check.check(
                template(
                    "Callback",
                    resource(
                        "AWS::CloudFormation::CustomResource",
                        "ServiceToken",
                        "arn:aws-us-gov:sns:us-gov-west-1:111122223333:onboarding"))))
        .extracting(finding -> finding.location().yamlPath())
        .containsExactly("Resources.Callback");
  }

  @Test
  void aServiceTokenThatIsNoTopicArnIsNotThisChecksConcern() {
    assertThat(
            check.check(
                template(
                    "FromParameter",
                    resource("Custom::VendorCallback", "ServiceToken", new Fn.Ref("TopicArn")),
                    "Queue",
                    resource(
                        "Custom::VendorCallback",
                        "ServiceToken",
                        "arn:aws:sqs:us-east-1:111122223333:onboarding"))))
        .isEmpty();
  }
}

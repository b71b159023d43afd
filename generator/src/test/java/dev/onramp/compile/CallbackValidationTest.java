package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks of the {@code notify} section that the golden scenario notify-wrong-partition does not
 * show: each defect of the topic ARN, FIFO topics, a stack that can never reach its topic's region,
 * the organization's regions, and the names the callback keeps for itself.
 */
class CallbackValidationTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {accountId: "111122223333", principal: account-root}
      """;

  private static final String ROLES =
      """
      roles:
        - id: VendorRole
          policySets: [read-only]
      """;

  @Test
  void aWellFormedTopicInTheStacksPartitionAndRegionPasses() throws BlueprintException {
    compile(
        HEAD
            + ROLES
            + """
            regions: [us-gov-west-1, us-gov-east-1]
            notify: {topicArn: "arn:aws-us-gov:sns:us-gov-west-1:111122223333:onboard_1"}
            """);
  }

  @Test
  void everyDefectOfTheTopicArnIsNamed() {
    assertThat(
            errors(
                HEAD
                    + ROLES
                    + """
                    notify: {topicArn: "arn:aws-iso:sns:moon-1:1234:on board"}
                    """))
        .containsExactlyInAnyOrder(
            "ONR203 at notify.topicArn: 'aws-iso' in the topic ARN is not a partition",
            "ONR203 at notify.topicArn: 'moon-1' in the topic ARN is not a region",
            "ONR203 at notify.topicArn: '1234' in the topic ARN is not an AWS account id",
            "ONR203 at notify.topicArn: 'on board' in the topic ARN is not an SNS topic name");
  }

  @Test
  void somethingElseThanATopicArnIsRefused() {
    assertThat(
            errors(
                HEAD
                    + ROLES
                    + """
                    notify: {topicArn: "arn:aws:sqs:us-east-1:111122223333:onboarding"}
                    """))
        .containsExactly(
            "ONR203 at notify.topicArn: 'arn:aws:sqs:us-east-1:111122223333:onboarding' is not an"
                + " SNS topic ARN");
  }

  @Test
  void aFifoTopicIsRefusedBecauseCloudFormationSendsNoMessageGroup() {
    assertThat(
            errors(
                HEAD
                    + ROLES
                    + """
                    notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:onboarding.fifo"}
                    """))
        .containsExactly(
            "ONR214 at notify.topicArn: topic 'onboarding.fifo' is a FIFO topic, and SNS refuses"
                + " a message to a FIFO topic without a message group id, which CloudFormation"
                + " never sends");
  }

  @Test
  void aTopicOutsideEveryRegionOfTheStackIsRefused() {
    assertThat(
            errors(
                HEAD
                    + ROLES
                    + """
                    regions: [eu-west-1, eu-central-1]
                    notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:onboarding"}
                    """))
        .containsExactly(
            "ONR214 at notify.topicArn: the topic is in us-east-1 but the stack is meant for"
                + " eu-west-1, eu-central-1, and CloudFormation sends a custom resource's request"
                + " only to a topic in the stack's own region");
  }

  @Test
  void theOrganizationsRegionsMustBeInTheTopicsPartitionToo() {
    assertThat(
            errors(
                HEAD
                    + ROLES
                    + """
                    organization:
                      memberBlueprint: acme-member
                      regions: [us-east-1, cn-northwest-1]
                    notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:onboarding"}
                    """))
        .contains(
            "ONR215 at organization.regions[1]: region cn-northwest-1 is in partition aws-cn but"
                + " the callback topic is in aws, and the custom resource could not publish across"
                + " partitions");
  }

  @Test
  void theCallbacksParameterAndResourceNamesAreTaken() {
    assertThat(
            errors(
                HEAD
                    + """
                    parameters:
                      - name: RegistrationRegion
                    roles:
                      - id: VendorRegistration
                        policySets: [read-only]
                    notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:onboarding"}
                    """))
        .containsExactly(
            "ONR205 at parameters[0].name: parameter 'RegistrationRegion' is the callback's own"
                + " parameter",
            "ONR205 at roles[0].id: role id 'VendorRegistration' is the logical id of the"
                + " callback's custom resource");
  }

  @Test
  void anOutputIsSentOnce() {
    assertThat(
            errors(
                HEAD
                    + ROLES
                    + """
                    outputs:
                      - {name: RoleArn, role: VendorRole}
                    notify:
                      topicArn: "arn:aws:sns:us-east-1:111122223333:onboarding"
                      outputs: [RoleArn, RoleArn]
                    """))
        .containsExactly("ONR205 at notify.outputs[1]: output 'RoleArn' is sent twice");
  }

  private static void compile(String yaml) throws BlueprintException {
    new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty());
  }

  /** Each error as "code at path: message", in reading order. */
  private static List<String> errors(String yaml) {
    BlueprintException failure =
        assertThrows(BlueprintException.class, () -> compile(yaml), "the blueprint is refused");
    return failure.errors().stream()
        .map(d -> d.code().id() + " at " + d.location().yamlPath() + ": " + d.message())
        .toList();
  }
}

package dev.onramp.compile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an SNS topic ARN as written: {@code arn:partition:sns:region:account:name}. */
record SnsTopicArn(String partition, String region, String account, String name) {
  private static final Pattern ARN = Pattern.compile("arn:([^:]*):sns:([^:]*):([^:]*):([^:]*)");

  /** The parts of {@code arn}, unchecked, if it has the shape of an SNS topic ARN. */
  static Optional<SnsTopicArn> parse(String arn) {
    Matcher parts = ARN.matcher(arn);
    return parts.matches()
        ? Optional.of(
            new SnsTopicArn(parts.group(1), parts.group(2), parts.group(3), parts.group(4)))
        : Optional.empty();
  }

  /**
   * The ARN with {@code ${AWS::Partition}} in place of the written partition, for {@code Fn::Sub}:
   * a template names no partition, so it deploys unchanged wherever the topic's partition is.
   */
  String partitionAware() {
    return "arn:${AWS::Partition}:sns:" + region + ":" + account + ":" + name;
  }
}

package dev.onramp.compile.callback;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an SNS topic ARN as written: {@code arn:partition:sns:region:account:name}. */
public record SnsTopicArn(String partition, String region, String account, String name) {
  private static final Pattern ARN = Pattern.compile("arn:([^:]*):sns:([^:]*):([^:]*):([^:]*)");

  /** The parts of {@code arn}, unchecked, if it has the shape of an SNS topic ARN. */
  public static Optional<SnsTopicArn> parse(String arn) {
    Matcher parts = ARN.matcher(arn);
    return parts.matches()
        ? Optional.of(
            new SnsTopicArn(parts.group(1), parts.group(2), parts.group(3), parts.group(4)))
        : Optional.empty();
  }

  /** Written in place of the region by a vendor with a topic of the same name in every region. */
  static final String REGION_PLACEHOLDER = "{region}";

  /**
   * Whether the vendor has this topic in every region: CloudFormation sends a custom resource's
   * request only to a topic in the stack's own region, so that is what lets a customer create the
   * stack in any region.
   */
  public boolean perRegion() {
    return region.equals(REGION_PLACEHOLDER);
  }

  /**
   * The ARN with {@code ${AWS::Partition}} in place of the written partition, for {@code Fn::Sub}:
   * a template names no partition, so it deploys unchanged wherever the topic's partition is. A
   * per-region topic gets {@code ${AWS::Region}}.
   */
  String partitionAware() {
    return "arn:${AWS::Partition}:sns:"
        + (perRegion() ? "${AWS::Region}" : region)
        + ":"
        + account
        + ":"
        + name;
  }
}

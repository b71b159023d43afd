package dev.onramp.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ARN as a blueprint or a template writes it: {@code
 * arn:partition:service:region:account:resource}. Any part may hold template variables, which carry
 * colons of their own ({@code ${AWS::Partition}}, {@code ${AWS::AccountId}}): a variable is never
 * split. The resource is everything after the fifth colon, colons included.
 */
public record Arn(
    String partition, String service, String region, String account, String resource) {
  /**
   * A partition as ARNs spell it: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, {@code aws-iso}…
   */
  private static final Pattern PARTITION_ID = Pattern.compile("aws[a-z-]*");

  /**
   * A written-out IAM role ARN in a partition Onramp deploys to, as a regular expression: {@code
   * arn:<partition>:iam::<12-digit account>:role/<path/><name>}, the name 1 to 64 characters. What
   * {@link #parseIamRole} accepts, for patterns and schemas.
   */
  public static final String IAM_ROLE_REGEX =
      "arn:"
          + Partition.ID_REGEX
          + ":iam::"
          + AccountId.REGEX
          + ":role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}";

  private static final Pattern IAM_ROLE = Pattern.compile(IAM_ROLE_REGEX);

  /**
   * An SNS topic's name as a regular expression: 1 to 256 letters, digits, hyphens, underscores.
   */
  public static final String SNS_TOPIC_NAME_REGEX = "[A-Za-z0-9_-]{1,256}";

  /** The ARN in {@code text}, if it has all six parts; the parts are not checked. */
  public static Optional<Arn> parse(String text) {
    List<String> parts = parts(text, 6);
    return parts.size() == 6
        ? Optional.of(new Arn(parts.get(1), parts.get(2), parts.get(3), parts.get(4), parts.get(5)))
        : Optional.empty();
  }

  /**
   * The IAM role ARN in {@code text}, if it is one in a partition Onramp deploys to, written out
   * (no variables): {@code arn:<partition>:iam::<12-digit account>:role/<path/><name>}.
   */
  public static Optional<Arn> parseIamRole(String text) {
    // The pattern has no colon after the account's, nor a variable, so parse splits it as written.
    return text != null && IAM_ROLE.matcher(text).matches() ? parse(text) : Optional.empty();
  }

  /**
   * The service an ARN or an ARN pattern names ({@code arn:partition:service:…}), as written. A
   * policy's resource pattern may end early, {@code arn:aws:logs:*} standing for every log
   * resource, so only the first three parts and a fourth are needed.
   */
  public static Optional<String> serviceOf(String text) {
    List<String> parts = parts(text, 4);
    return parts.size() == 4 ? Optional.of(parts.get(2)) : Optional.empty();
  }

  /** Whether the partition is {@code ${AWS::Partition}}, so the ARN deploys in every partition. */
  public boolean partitionIsVariable() {
    return partition.equals(Partition.VARIABLE);
  }

  /** Whether the partition is the variable or spelt as a partition id (known or not). */
  public boolean partitionIsAnyPartition() {
    return partitionIsVariable() || PARTITION_ID.matcher(partition).matches();
  }

  /** The partition, when written literally as one Onramp deploys to. */
  public Optional<Partition> knownPartition() {
    return Partition.ofId(partition);
  }

  /**
   * {@code text} split at its first {@code limit - 1} colons outside {@code ${…}}; empty unless it
   * starts with {@code arn:}.
   */
  private static List<String> parts(String text, int limit) {
    if (text == null || !text.startsWith("arn:")) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length() && parts.size() < limit - 1) {
      if (text.startsWith("${", i)) {
        int close = text.indexOf('}', i);
        i = close < 0 ? text.length() : close + 1;
      } else if (text.charAt(i) == ':') {
        parts.add(text.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    if (parts.size() < limit - 1) {
      return List.of();
    }
    parts.add(text.substring(start));
    return parts;
  }
}

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

  /** An IAM role's resource part: {@code role/}, an optional path, a name of 1 to 64 characters. */
  private static final Pattern ROLE_RESOURCE =
      Pattern.compile("role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");

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
    return parse(text)
        .filter(
            arn ->
                arn.knownPartition().isPresent()
                    && arn.service().equals("iam")
                    && arn.region().isEmpty()
                    && AccountId.isAccountId(arn.account())
                    && ROLE_RESOURCE.matcher(arn.resource()).matches());
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

package dev.onramp.aws;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The AWS partitions a customer stack can live in, with what differs between them. A region names
 * its partition by its prefix: {@code us-gov-} is GovCloud, {@code cn-} is China, the rest is the
 * commercial partition.
 */
public enum Partition {
  AWS("aws", "console.aws.amazon.com", "amazonaws.com", ""),
  AWS_US_GOV("aws-us-gov", "console.amazonaws-us-gov.com", "amazonaws.com", "us-gov-"),
  AWS_CN("aws-cn", "console.amazonaws.cn", "amazonaws.com.cn", "cn-");

  /**
   * A region code ({@code us-east-1}, {@code us-gov-west-1}, {@code cn-north-1}) as a regular
   * expression, for annotations and schemas.
   */
  public static final String REGION_REGEX = "[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d";

  /** A region code: {@code us-east-1}, {@code us-gov-west-1}, {@code cn-north-1}. */
  public static final Pattern REGION = Pattern.compile(REGION_REGEX);

  /**
   * The partitions as ARNs spell them ({@code aws|aws-us-gov|aws-cn}), as a regular expression
   * group, for patterns and schemas.
   */
  public static final String ID_REGEX =
      Arrays.stream(values()).map(Partition::id).collect(Collectors.joining("|", "(?:", ")"));

  /** What a template writes for the partition it is deployed in, inside {@code Fn::Sub}. */
  public static final String VARIABLE = "${AWS::Partition}";

  /**
   * A partition written literally at the start of an ARN ({@code arn:aws:}, {@code arn:aws-cn:},
   * {@code arn:aws-us-gov:}): text that deploys in that partition only, where {@code arn:${
   * AWS::Partition}:} deploys in every one.
   */
  public static final Pattern LITERAL_IN_ARN =
      Pattern.compile(
          Arrays.stream(values())
              .map(partition -> Pattern.quote(partition.id))
              .collect(Collectors.joining("|", "arn:(", "):")));

  private final String id;
  private final String consoleHost;
  private final String dnsSuffix;
  private final String regionPrefix;

  Partition(String id, String consoleHost, String dnsSuffix, String regionPrefix) {
    this.id = id;
    this.consoleHost = consoleHost;
    this.dnsSuffix = dnsSuffix;
    this.regionPrefix = regionPrefix;
  }

  /** The partition as ARNs and {@code AWS::Partition} spell it. */
  public String id() {
    return id;
  }

  /** The console's host name, without the region prefix. */
  public String consoleHost() {
    return consoleHost;
  }

  /** What {@code AWS::URLSuffix} resolves to. */
  public String dnsSuffix() {
    return dnsSuffix;
  }

  /** The partition an ARN names ({@code arn:aws-cn:…}), if it is one of these. */
  public static Optional<Partition> ofId(String id) {
    return Arrays.stream(values()).filter(partition -> partition.id.equals(id)).findFirst();
  }

  /** Whether {@code text} is a region code ({@link #REGION}). */
  public static boolean isRegion(String text) {
    return text != null && REGION.matcher(text).matches();
  }

  /** The partition a well-formed region code belongs to. */
  public static Partition ofRegion(String region) {
    for (Partition partition : values()) {
      if (!partition.regionPrefix.isEmpty() && region.startsWith(partition.regionPrefix)) {
        return partition;
      }
    }
    return AWS;
  }

  /**
   * The region codes of this partition ({@link #ofRegion}) as a regular expression, for patterns
   * and schemas: {@link #REGION_REGEX} behind a look-ahead for the partition's prefix, or, for the
   * commercial partition, for none of the others' prefixes. The prefixes are letters and hyphens,
   * which need no escaping.
   */
  public String regionRegex() {
    if (!regionPrefix.isEmpty()) {
      return "(?=" + regionPrefix + ")" + REGION_REGEX;
    }
    String others =
        Arrays.stream(values())
            .map(partition -> partition.regionPrefix)
            .filter(prefix -> !prefix.isEmpty())
            .collect(Collectors.joining("|"));
    return "(?!" + others + ")" + REGION_REGEX;
  }
}

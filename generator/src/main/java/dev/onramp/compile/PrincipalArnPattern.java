package dev.onramp.compile;

import dev.onramp.aws.Arn;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code vendor.principalArnPattern}: the roles of the trusted account that may assume, as the
 * {@code role/…} part of their ARN with {@code *} and {@code ?} as wildcards ({@code
 * role/scanner-*}), or as a whole ARN whose account is written out. The trust policy tests it with
 * {@code StringLike} on {@code aws:PrincipalArn}, in the stack's partition.
 *
 * @param account the account written in a whole ARN, or null for the {@code role/…} form
 * @param resource the {@code role/…} part
 */
record PrincipalArnPattern(String account, String resource) {
  /** {@code role/}, an optional path, a name; IAM's characters plus the two wildcards. */
  private static final Pattern ROLE_PATTERN = Pattern.compile("role/[\\w+=,.@/*?-]{1,512}");

  /** The pattern in {@code text}, or empty when it is neither form. */
  static Optional<PrincipalArnPattern> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (!text.startsWith("arn:")) {
      return ROLE_PATTERN.matcher(text).matches()
          ? Optional.of(new PrincipalArnPattern(null, text))
          : Optional.empty();
    }
    return Arn.parse(text)
        .filter(arn -> arn.service().equals("iam") && arn.region().isEmpty())
        .filter(arn -> ROLE_PATTERN.matcher(arn.resource()).matches())
        .map(arn -> new PrincipalArnPattern(arn.account(), arn.resource()));
  }

  /** Whether the account position holds a wildcard, which would trust roles of any account. */
  boolean accountHasWildcard() {
    return account != null && (account.contains("*") || account.contains("?"));
  }

  /** The {@code aws:PrincipalArn} value for {@code Fn::Sub}, in the given account. */
  String arnIn(String accountVariable) {
    return "arn:${AWS::Partition}:iam::" + accountVariable + ":" + resource;
  }
}

package dev.onramp.review;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the ARN of an AWS managed policy in any partition, literal or through {@code
 * ${AWS::Partition}}, so that {@code arn:aws:iam::aws:policy/ReadOnlyAccess} and {@code !Sub
 * arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess} are the same attachment.
 */
final class ManagedPolicyArns {
  private static final Pattern AWS_MANAGED =
      Pattern.compile("arn:(?:aws[a-z-]*|\\$\\{AWS::Partition}):iam::aws:policy/(?:.*/)?([^/]+)");

  private ManagedPolicyArns() {}

  /** The policy's name (without its path) if {@code arn} is an AWS managed policy's. */
  static Optional<String> awsManagedName(String arn) {
    Matcher matcher = AWS_MANAGED.matcher(arn);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}

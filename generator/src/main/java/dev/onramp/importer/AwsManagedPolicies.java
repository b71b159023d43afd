package dev.onramp.importer;

import dev.onramp.template.Fn;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name of an AWS managed policy from its ARN, literal or with {@code ${AWS::Partition}}. */
final class AwsManagedPolicies {
  private static final Pattern ARN =
      Pattern.compile(
          "arn:(?:aws|aws-cn|aws-us-gov|\\$\\{AWS::Partition}):iam::aws:policy/"
              + "((?:[A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,128})");

  private AwsManagedPolicies() {}

  static Optional<String> name(Object arn) {
    String text =
        arn instanceof String literal ? literal : arn instanceof Fn.Sub sub ? sub.text() : null;
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = ARN.matcher(text);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}

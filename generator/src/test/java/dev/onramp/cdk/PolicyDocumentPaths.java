package dev.onramp.cdk;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The properties holding IAM policy documents that {@link dev.onramp.review.PolicyInventory} reads,
 * and that are therefore compared by the access they grant rather than as written: the CDK may
 * order, merge or split statements differently (an L2 {@code PolicyDocument} does), which changes
 * nothing. Policy documents the inventory does not read (an SNS topic policy, say) compare exactly,
 * so that no policy goes unchecked.
 */
final class PolicyDocumentPaths {
  /** A role's inline policies, also inside {@code Fn::If} branches. */
  private static final Pattern INLINE =
      Pattern.compile("Properties\\.Policies(\\[\\d+]|\\.Fn::If\\[\\d+])*\\.PolicyDocument");

  private static final Map<String, Predicate<String>> BY_TYPE =
      Map.of(
          "AWS::IAM::Role",
          path ->
              path.equals("Properties.AssumeRolePolicyDocument") || INLINE.matcher(path).matches(),
          "AWS::IAM::ManagedPolicy",
          path -> path.equals("Properties.PolicyDocument"),
          "AWS::IAM::Policy",
          path -> path.equals("Properties.PolicyDocument"),
          "AWS::S3::BucketPolicy",
          path -> path.equals("Properties.PolicyDocument"),
          "AWS::KMS::Key",
          path -> path.equals("Properties.KeyPolicy"));

  private PolicyDocumentPaths() {}

  /** Which property paths of a {@code type} resource hold policy documents the inventory reads. */
  static Predicate<String> of(String type) {
    return BY_TYPE.getOrDefault(type, path -> false);
  }
}

package dev.onramp.review;

import dev.onramp.aws.Arn;
import java.util.Optional;

/**
 * Recognises the ARN of an AWS managed policy in any partition, literal or through {@code
 * ${AWS::Partition}}, so that {@code arn:aws:iam::aws:policy/ReadOnlyAccess} and {@code !Sub
 * arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess} are the same attachment.
 */
final class ManagedPolicyArns {
  private ManagedPolicyArns() {}

  /** The policy's name (without its path) if {@code arn} is an AWS managed policy's. */
  static Optional<String> awsManagedName(String arn) {
    return Arn.parse(arn)
        .filter(Arn::partitionIsAnyPartition)
        .filter(parts -> parts.service().equals("iam") && parts.region().isEmpty())
        .filter(parts -> parts.account().equals("aws") && parts.resource().startsWith("policy/"))
        .map(parts -> parts.resource().substring(parts.resource().lastIndexOf('/') + 1))
        .filter(name -> !name.isEmpty());
  }
}

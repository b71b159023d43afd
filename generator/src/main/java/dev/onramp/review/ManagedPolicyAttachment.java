package dev.onramp.review;

/**
 * A managed policy the template attaches by ARN but does not define, so its content is not known
 * here: an AWS managed policy by its name ({@code ReadOnlyAccess}, from any partition's ARN), any
 * other policy by the canonical text of its ARN.
 */
public record ManagedPolicyAttachment(Subject role, String policy, boolean awsManaged, Guard guard)
    implements Comparable<ManagedPolicyAttachment> {

  /** {@code AWS managed policy ReadOnlyAccess} or {@code managed policy arn:…}. */
  public String describe() {
    return (awsManaged ? "AWS managed policy " : "managed policy ") + policy;
  }

  @Override
  public int compareTo(ManagedPolicyAttachment other) {
    int byRole = role.compareTo(other.role);
    if (byRole != 0) {
      return byRole;
    }
    int byPolicy = policy.compareTo(other.policy);
    return byPolicy != 0 ? byPolicy : guard.compareTo(other.guard);
  }
}

package dev.onramp.review;

/**
 * A managed policy the template attaches by ARN but does not define: an AWS managed policy by its
 * name ({@code ReadOnlyAccess}, from any partition's ARN), any other policy by the canonical text
 * of its ARN. {@code expanded} says that its content is known and was read into the role's identity
 * statements: an AWS managed policy of the bundled {@link dev.onramp.iam.ManagedPolicyCatalog}. Any
 * other is known by name only.
 */
public record ManagedPolicyAttachment(
    Subject role, String policy, boolean awsManaged, Guard guard, boolean expanded)
    implements Comparable<ManagedPolicyAttachment> {

  /** An attachment whose content is not known (not expanded). */
  public ManagedPolicyAttachment(Subject role, String policy, boolean awsManaged, Guard guard) {
    this(role, policy, awsManaged, guard, false);
  }

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

package dev.onramp.review;

/** The permissions boundary of a role (the canonical text of its ARN) and when it is set. */
public record PermissionsBoundary(Subject role, String policy, Guard guard)
    implements Comparable<PermissionsBoundary> {
  @Override
  public int compareTo(PermissionsBoundary other) {
    int byRole = role.compareTo(other.role);
    if (byRole != 0) {
      return byRole;
    }
    int byPolicy = policy.compareTo(other.policy);
    return byPolicy != 0 ? byPolicy : guard.compareTo(other.guard);
  }
}

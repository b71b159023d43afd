package dev.onramp.review;

/** What changed, as a reviewer would name it. */
public enum ChangeKind {
  ROLE_ADDED,
  ROLE_REMOVED,
  PRINCIPAL_ADDED,
  PRINCIPAL_REMOVED,
  PRINCIPAL_WIDENED,
  PRINCIPAL_NARROWED,
  ACTIONS_ADDED,
  ACTIONS_REMOVED,
  DENY_ADDED,
  DENY_REMOVED,
  EXTERNAL_ID_REMOVED,
  CONDITION_REMOVED,
  CONDITION_ADDED,
  CONDITION_CHANGED,
  RESOURCE_WIDENED,
  RESOURCE_NARROWED,
  RESOURCE_CHANGED,
  TEMPLATE_CONDITION_CHANGED,
  /** More than one of resources, conditions and template condition changed at once. */
  SCOPE_CHANGED,
  MANAGED_POLICY_ATTACHED,
  MANAGED_POLICY_DETACHED,
  BOUNDARY_ADDED,
  BOUNDARY_REMOVED,
  BOUNDARY_CHANGED,
  NOT_REVIEWED,
  /** More access by IAM's evaluation rules that no other change of the policy accounts for. */
  ACCESS_WIDENED,
  /** Less access by IAM's evaluation rules that no other change of the policy accounts for. */
  ACCESS_NARROWED;

  /** Whether the change is the role itself appearing or disappearing. */
  public boolean concernsWholeRole() {
    return this == ROLE_ADDED || this == ROLE_REMOVED;
  }
}

package dev.onramp.review.report;

import dev.onramp.review.ChangeKind;

/**
 * The SARIF rule of each kind of change: one per {@link ChangeKind}, so that code scanning groups
 * and filters alerts by what changed. The switch has no default, so a new kind cannot go without a
 * description.
 */
final class ChangeRules {
  private ChangeRules() {}

  static String description(ChangeKind kind) {
    return switch (kind) {
      case ROLE_ADDED -> "A role was added.";
      case ROLE_REMOVED -> "A role was removed.";
      case PRINCIPAL_ADDED -> "A trust or resource policy lets in a new principal.";
      case PRINCIPAL_REMOVED -> "A trust or resource policy no longer lets in a principal.";
      case PRINCIPAL_WIDENED -> "A principal was replaced by one that covers more callers.";
      case PRINCIPAL_NARROWED -> "A principal was replaced by one that covers fewer callers.";
      case ACTIONS_ADDED -> "Actions are newly allowed, or a wildcard now matches more actions.";
      case ACTIONS_REMOVED -> "Actions are no longer allowed.";
      case DENY_ADDED -> "Actions are newly denied.";
      case DENY_REMOVED -> "Actions are no longer denied.";
      case EXTERNAL_ID_REMOVED ->
          "The sts:ExternalId condition of a trust policy, the confused-deputy guard, was removed.";
      case CONDITION_REMOVED -> "An IAM condition of a grant was removed.";
      case CONDITION_ADDED -> "An IAM condition was added to a grant.";
      case CONDITION_CHANGED -> "An IAM condition's values changed.";
      case RESOURCE_WIDENED -> "A grant covers more resources.";
      case RESOURCE_NARROWED -> "A grant covers fewer resources.";
      case RESOURCE_CHANGED -> "A grant covers other resources.";
      case TEMPLATE_CONDITION_CHANGED -> "A grant applies under other template conditions.";
      case SCOPE_CHANGED ->
          "More than one of a grant's resources, conditions and template conditions changed.";
      case MANAGED_POLICY_ATTACHED ->
          "A managed policy is attached: an AWS managed policy Onramp knows by its document, whose"
              + " statements are compared as the role's, or another one, known by name only.";
      case MANAGED_POLICY_DETACHED -> "A managed policy is detached.";
      case BOUNDARY_ADDED -> "A permissions boundary was set.";
      case BOUNDARY_REMOVED -> "A permissions boundary was removed.";
      case BOUNDARY_CHANGED -> "A permissions boundary was replaced.";
      case NOT_REVIEWED ->
          "Something the review cannot read, such as a StackSet's template URL, changed.";
      case ACCESS_WIDENED ->
          "By IAM's evaluation rules a request is now allowed that was not, though no grant's text"
              + " says so plainly.";
      case ACCESS_NARROWED ->
          "By IAM's evaluation rules a request is no longer allowed that was, though no grant's"
              + " text says so plainly.";
    };
  }
}

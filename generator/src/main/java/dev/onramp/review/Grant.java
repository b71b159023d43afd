package dev.onramp.review;

import dev.onramp.iam.Effect;

/**
 * The smallest unit of access a statement expresses: one action on one resource pattern for one
 * principal, under its conditions and guard. Statements are taken apart into grants so that any way
 * of writing the same access yields the same set, and put back together by {@link GrantMerger}.
 */
record Grant(
    Subject subject,
    PolicyKind kind,
    Effect effect,
    Principal principal,
    Action action,
    String resource,
    ConditionSet conditions,
    Guard guard) {

  Grant withGuard(Guard other) {
    return new Grant(subject, kind, effect, principal, action, resource, conditions, other);
  }
}

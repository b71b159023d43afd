package dev.onramp.review;

/**
 * Which policy of its subject a statement belongs to. A role has a trust policy (who may assume it)
 * and identity policies (what it may do); buckets and keys have a resource policy.
 */
public enum PolicyKind {
  TRUST,
  IDENTITY,
  RESOURCE
}

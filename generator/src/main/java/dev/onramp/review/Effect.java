package dev.onramp.review;

/** A statement's {@code Effect}. */
public enum Effect {
  ALLOW,
  DENY
}

package dev.onramp.iam;

import dev.onramp.template.TemplateValues;

/** A statement's {@code Effect}. */
public enum Effect {
  ALLOW,
  DENY;

  /**
   * The effect an {@code Effect} value names: {@code Deny} in any case (as text or {@code !Sub}) is
   * a deny, anything else an allow, the worst case a reader of access can assume.
   */
  public static Effect of(Object value) {
    return TemplateValues.text(value).filter("Deny"::equalsIgnoreCase).isPresent() ? DENY : ALLOW;
  }
}

package dev.onramp.blueprint.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A second spelling of a component's key that binds to the same component, such as IAM's {@code
 * Action} beside Onramp's {@code action}, so that a statement pasted from an IAM policy reads as
 * written. Writing both spellings in one mapping is an error; the JSON Schema accepts either.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Alias {
  String value();
}

package dev.onramp.blueprint.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text a string must match, checked while binding and published in the JSON Schema. {@code
 * meaning} says in words what the pattern allows, for the error message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Pattern {
  String value();

  String meaning();
}

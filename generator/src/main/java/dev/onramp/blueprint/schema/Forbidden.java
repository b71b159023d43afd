package dev.onramp.blueprint.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A key users are likely to write that the language deliberately lacks, with the reason, so the
 * error explains the rule instead of only saying "unknown key".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Forbidden.List.class)
public @interface Forbidden {
  String key();

  String why();

  /** Container for repeated {@link Forbidden} annotations. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    Forbidden[] value();
  }
}

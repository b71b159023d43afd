package dev.onramp.blueprint.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mapping of free-form CloudFormation values (a raw resource's {@code Properties} or {@code
 * Metadata}): any key, any value. Unlike other free-form parts, scalars keep their YAML type, so an
 * unquoted {@code 30} stays a number and {@code true} a boolean in the template, as written.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface CloudFormationValue {}

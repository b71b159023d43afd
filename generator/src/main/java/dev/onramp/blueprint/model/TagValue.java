package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.ScalarForm;

/** A tag value: a constant (written as a plain string) or a parameter's value. */
@ScalarForm("value")
public record TagValue(
    @Doc("The value.") String value,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc("Name of a String parameter whose value is the tag value.")
        String parameter) {

  /** A constant tag value. */
  public static TagValue of(String value) {
    return new TagValue(value, null);
  }
}

package dev.onramp.cdk;

/**
 * Small private methods a generated class declares when its code calls them; each keeps a repeated
 * piece of generated code to one readable name.
 */
public enum Helper {
  /** {@code map("Key", value, ...)}: a property map in template order, left-out values dropped. */
  MAP("map"),
  /** {@code listOfPresent(a, b)}: a list without the elements a switch left out. */
  LIST_OF_PRESENT("listOfPresent"),
  /** {@code escapedForSub(value)}: a prop's text inside an {@code Fn::Sub}, {@code ${} escaped. */
  ESCAPED_FOR_SUB("escapedForSub");

  private final String method;

  Helper(String method) {
    this.method = method;
  }

  public String method() {
    return method;
  }
}

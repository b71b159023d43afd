package dev.onramp.review.access;

import java.util.List;

/**
 * What a request's context holds for one key: nothing ({@link #ABSENT}), or its values (one for a
 * single-valued key, any number, even none, for a multivalued one).
 */
record ContextValue(List<String> values, boolean present) {
  static final ContextValue ABSENT = new ContextValue(List.of(), false);

  ContextValue {
    values = List.copyOf(values);
  }

  static ContextValue of(String value) {
    return new ContextValue(List.of(value), true);
  }

  static ContextValue ofAll(List<String> values) {
    return new ContextValue(values, true);
  }

  boolean isAbsent() {
    return !present;
  }

  @Override
  public String toString() {
    return present ? (values.size() == 1 ? values.get(0) : values.toString()) : "(absent)";
  }
}

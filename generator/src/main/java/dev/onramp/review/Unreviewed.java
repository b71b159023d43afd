package dev.onramp.review;

/**
 * A part of the template that may grant access but that the review cannot see into, such as a
 * StackSet whose member template is given by {@code TemplateURL}: {@code detail} says what it is,
 * so that a change to it still shows.
 */
public record Unreviewed(String scope, String logicalId, String detail)
    implements Comparable<Unreviewed> {

  @Override
  public int compareTo(Unreviewed other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return (scope.isEmpty() ? "" : scope + ": ") + logicalId + ": " + detail;
  }
}

package dev.onramp.review;

/** A role the template defines, and the guard under which it exists (its {@code Condition}). */
public record Role(Subject subject, Guard guard) implements Comparable<Role> {
  @Override
  public int compareTo(Role other) {
    int bySubject = subject.compareTo(other.subject);
    return bySubject != 0 ? bySubject : guard.compareTo(other.guard);
  }
}

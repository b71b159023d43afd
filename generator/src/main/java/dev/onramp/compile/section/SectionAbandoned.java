package dev.onramp.compile.section;

/**
 * Thrown by a section that has reported why the template cannot be completed (an organization whose
 * member blueprint failed, say): the sections after it are not compiled, and the template is not
 * made. Problems that leave the template whole enough to go on are reported as errors instead, so
 * that every one of them is shown at once.
 */
public final class SectionAbandoned extends Exception {
  private static final long serialVersionUID = 1L;

  public SectionAbandoned(String section) {
    super("section " + section + " cannot be compiled", null, false, false);
  }
}

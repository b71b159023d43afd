package dev.onramp.template;

/** Text helpers the template writers share. */
final class TemplateText {
  /**
   * Room for most templates without growing the buffer: onboarding templates run from 5 to 70 kB,
   * and each time a builder grows it copies everything written so far.
   */
  static final int INITIAL_CAPACITY = 65_536;

  private static final String SPACES = " ".repeat(64);

  private TemplateText() {}

  /** Appends {@code count} spaces without making a string of them each time. */
  static void pad(StringBuilder out, int count) {
    int left = count;
    while (left > 0) {
      int chunk = Math.min(left, SPACES.length());
      out.append(SPACES, 0, chunk);
      left -= chunk;
    }
  }
}

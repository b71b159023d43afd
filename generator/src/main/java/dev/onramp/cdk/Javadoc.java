package dev.onramp.cdk;

import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc comment lines: paragraphs (already escaped with {@link JavaLiterals#javadoc}) wrapped to
 * fit a 100-column line at the comment's indentation, separated by an empty line and {@code <p>}.
 */
final class Javadoc {
  private static final int LINE_WIDTH = 100;

  private Javadoc() {}

  /** The lines of a comment whose {@code *} stands at {@code indentation} spaces plus one. */
  static List<String> lines(List<String> paragraphs, int indentation) {
    int width = LINE_WIDTH - indentation - " * ".length();
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(wrap(lines.isEmpty() ? paragraph : "<p>" + paragraph, width));
    }
    return lines;
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}

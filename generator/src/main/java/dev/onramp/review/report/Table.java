package dev.onramp.review.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A GitHub-flavoured Markdown table. Cells hold Markdown already ({@link Markdown#text}, {@link
 * Markdown#code}); the table escapes the one character that would split a cell, {@code |}, which
 * GitHub unescapes again inside code spans.
 */
final class Table {
  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
    this.numeric = new boolean[headers.length];
  }

  /** Right-aligns the given columns (0-based), for counts. */
  Table numeric(int... columns) {
    for (int column : columns) {
      numeric[column] = true;
    }
    return this;
  }

  Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table's lines, joined by line feeds, without a final one. */
  String render() {
    List<String> lines = new ArrayList<>();
    lines.add(line(headers));
    List<String> rule = new ArrayList<>();
    for (boolean right : numeric) {
      rule.add(right ? "---:" : "---");
    }
    lines.add(line(rule));
    rows.forEach(row -> lines.add(line(row)));
    return String.join("\n", lines);
  }

  private static String line(List<String> cells) {
    return cells.stream()
        .map(cell -> cell.isEmpty() ? " " : " " + cell.replace("|", "\\|") + " ")
        .collect(Collectors.joining("|", "|", "|"));
  }
}

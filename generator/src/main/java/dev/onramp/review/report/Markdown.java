package dev.onramp.review.report;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Template text made safe for GitHub-flavoured Markdown. Policies are full of what Markdown reads
 * as syntax: {@code *} in ARNs and action patterns (emphasis), {@code ${…}} (GitHub renders the
 * text between two dollar signs as math), {@code [a, b]} value lists (links), {@code <} (HTML); so
 * every piece of text that comes from a template goes through {@link #text} or {@link #code}.
 */
final class Markdown {
  /** ASCII punctuation GitHub may read as syntax within a line; CommonMark escapes any of it. */
  private static final String SPECIAL = "\\`*_[]<>~$&!#";

  private static final String CLAUSE_END = ",.;:)";

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private Markdown() {}

  /**
   * {@code raw} as plain text on one line, its special characters escaped; a URL (a word with
   * {@code ://}) as code, so that GitHub does not make a link of a template URL full of {@code
   * ${…}}.
   */
  static String text(String raw) {
    return Arrays.stream(oneLine(raw).split(" ", -1))
        .map(Markdown::word)
        .collect(Collectors.joining(" "));
  }

  /** A word of text; a URL as code, but not the punctuation that ends a clause after it. */
  private static String word(String word) {
    if (!word.contains("://")) {
      return escaped(word);
    }
    int end = word.length();
    while (end > 0 && CLAUSE_END.indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return code(word.substring(0, end)) + escaped(word.substring(end));
  }

  private static String escaped(String word) {
    StringBuilder out = new StringBuilder();
    for (char c : word.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code raw} as inline code on one line, fenced by more backticks than it holds in a row, as
   * CommonMark requires for code that contains backticks.
   */
  static String code(String raw) {
    String line = oneLine(raw);
    int longest = 0;
    Matcher run = BACKTICKS.matcher(line);
    while (run.find()) {
      longest = Math.max(longest, run.group().length());
    }
    String fence = "`".repeat(longest + 1);
    String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return fence + pad + line + pad + fence;
  }

  /** A line break inside a bullet or a table cell would end it: breaks become spaces. */
  private static String oneLine(String raw) {
    return LINE_BREAKS.matcher(raw).replaceAll(" ");
  }
}

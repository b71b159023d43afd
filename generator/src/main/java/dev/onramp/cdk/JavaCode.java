package dev.onramp.cdk;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Java expression as source text, with what the generator needs to know to place it: its static
 * type, whether it can be {@code null} (a switch's {@code AWS::NoValue}: the value is left out),
 * and whether it holds a CDK token decided at deployment. Multi-line text is laid out at
 * indentation 0.
 */
record JavaCode(String text, Kind kind, boolean mayBeAbsent, boolean deployTime) {

  /** Static types the generated code distinguishes. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    LIST,
    MAP,
    /** A CDK token or any other object: fits an {@code Object} parameter only. */
    OBJECT,
    /** {@code null}: the value is left out. */
    ABSENT
  }

  /** Expressions wider than this go one argument a line. */
  private static final int LINE_WIDTH = 72;

  static JavaCode of(String text, Kind kind) {
    return new JavaCode(text, kind, false, false);
  }

  /** The same code, marked as holding a token decided at deployment. */
  JavaCode atDeployTime() {
    return new JavaCode(text, kind, mayBeAbsent, true);
  }

  /** {@code prefix(a, b)} on one line when it fits, else one argument a line, indented by 4. */
  static String call(String prefix, List<String> arguments) {
    String oneLine = prefix + "(" + String.join(", ", arguments) + ")";
    if (oneLine.length() <= LINE_WIDTH && arguments.stream().noneMatch(a -> a.contains("\n"))) {
      return oneLine;
    }
    return prefix
        + "(\n"
        + arguments.stream().map(a -> indent(a, 4)).collect(Collectors.joining(",\n"))
        + ")";
  }

  /**
   * A builder chain: {@code start}, then each {@code .call(...)} on its own line, indented by 4.
   */
  static String chain(String start, List<String> calls) {
    StringBuilder out = new StringBuilder(start);
    for (String call : calls) {
      out.append('\n').append(indent("." + call, 4));
    }
    return out.toString();
  }

  /** Every non-empty line indented by {@code spaces}. */
  static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    return text.lines()
        .map(line -> line.isEmpty() ? line : pad + line)
        .collect(Collectors.joining("\n"));
  }

  /** Every line but the first indented by {@code spaces}: for text placed after other code. */
  static String indentContinuation(String text, int spaces) {
    int newline = text.indexOf('\n');
    return newline < 0
        ? text
        : text.substring(0, newline + 1) + indent(text.substring(newline + 1), spaces);
  }
}

package dev.onramp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The text of an {@code Fn::Sub} split the way CloudFormation reads it: literal runs and {@code
 * ${Name}} variables. {@code ${!Literal}} is an escape, not a variable: CloudFormation renders it as
 * {@code ${Literal}}, so it belongs to a literal run. A {@code ${} without a closing brace is
 * literal text too.
 */
public final class SubText {
  private SubText() {}

  /** A piece of the text; {@code raw} is how it is written in the template. */
  public sealed interface Part {
    String raw();
  }

  /** Literal text: {@code text} is what CloudFormation renders, escapes resolved. */
  public record Literal(String raw, String text) implements Part {}

  /** A {@code ${name}} variable: a parameter, pseudo parameter, resource or attribute. */
  public record Variable(String raw, String name) implements Part {}

  /** The parts of {@code text}, in order; adjacent literal text is one part. */
  public static List<Part> parse(String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder raw = new StringBuilder();
    StringBuilder rendered = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        raw.append(text, i, text.length());
        rendered.append(text, i, text.length());
        break;
      }
      raw.append(text, i, start);
      rendered.append(text, i, start);
      if (start + 2 < text.length() && text.charAt(start + 2) == '!') {
        raw.append("${!");
        rendered.append("${");
        i = start + 3;
        continue;
      }
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        raw.append(text, start, text.length());
        rendered.append(text, start, text.length());
        break;
      }
      if (raw.length() > 0) {
        parts.add(new Literal(raw.toString(), rendered.toString()));
        raw.setLength(0);
        rendered.setLength(0);
      }
      parts.add(new Variable(text.substring(start, end + 1), text.substring(start + 2, end)));
      i = end + 1;
    }
    if (raw.length() > 0) {
      parts.add(new Literal(raw.toString(), rendered.toString()));
    }
    return List.copyOf(parts);
  }

  /** The name of the one variable {@code text} consists of ({@code ${Bucket}}), if it is one. */
  public static Optional<String> soleVariable(String text) {
    List<Part> parts = parse(text);
    return parts.size() == 1 && parts.get(0) instanceof Variable variable
        ? Optional.of(variable.name())
        : Optional.empty();
  }

  /** {@code text} with every variable's name passed through {@code rename}, literals as written. */
  public static String renamed(String text, UnaryOperator<String> rename) {
    StringBuilder out = new StringBuilder();
    for (Part part : parse(text)) {
      out.append(
          part instanceof Variable variable
              ? "${" + rename.apply(variable.name()) + "}"
              : part.raw());
    }
    return out.toString();
  }

  /**
   * {@code literal} written so that a Sub renders it unchanged: every {@code ${} becomes the
   * {@code ${!} escape, or a value that happens to hold {@code ${X}} would turn into a variable.
   */
  public static String escape(String literal) {
    return literal.replace("${", "${!");
  }
}

package dev.onramp.cdk;

import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value that CloudFormation turns into text, as the sequence of literal text and variables it is
 * made of. The CDK writes the same text differently from the generator: {@code "arn:" +
 * Aws.PARTITION} synthesizes to {@code Fn::Join ["", ["arn:", Ref AWS::Partition]]} where the
 * generator writes {@code !Sub arn:${AWS::Partition}}, and a {@code Ref} is the {@code ${Name}}
 * variable of a Sub. Reduced to parts, such spellings compare equal, while a plain string {@code
 * "${X}"} (literal text) stays apart from {@code Ref X} (a variable).
 *
 * <p>A number or boolean is the text CloudFormation makes of it: see {@link SynthesizedTemplates}
 * for why {@code 3600} and {@code "3600"} compare equal.
 */
record StringExpression(List<Object> parts) {

  /** A {@code ${name}} variable: a pseudo parameter, a resource's id or attribute. */
  record Variable(String name) {}

  StringExpression {
    parts = merged(parts);
  }

  /** The parts of {@code value}; empty when it is not text (a map, a list, an {@code Fn::If}). */
  static Optional<StringExpression> of(Object value) {
    List<Object> parts = new ArrayList<>();
    return collect(value, parts) ? Optional.of(new StringExpression(parts)) : Optional.empty();
  }

  private static boolean collect(Object value, List<Object> parts) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      parts.add(String.valueOf(value));
      return true;
    }
    if (value instanceof Fn.Sub sub) {
      for (SubText.Part part : SubText.parse(sub.text())) {
        parts.add(
            part instanceof SubText.Literal literal
                ? literal.text()
                : new Variable(((SubText.Variable) part).name()));
      }
      return true;
    }
    if (value instanceof Fn.Ref ref) {
      // Neither is text: NoValue removes a property, NotificationARNs is a list.
      if (ref.name().equals("AWS::NoValue") || ref.name().equals("AWS::NotificationARNs")) {
        return false;
      }
      parts.add(new Variable(ref.name()));
      return true;
    }
    if (value instanceof Fn.GetAtt getAtt) {
      parts.add(new Variable(getAtt.resource() + "." + getAtt.attribute()));
      return true;
    }
    if (value instanceof Fn.Join join && join.values() instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          parts.add(join.delimiter());
        }
        if (!collect(items.get(i), parts)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Adjacent literal text as one part, empty text dropped: the same text, however it was cut. */
  private static List<Object> merged(List<Object> parts) {
    List<Object> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String literal) {
        text.append(literal);
      } else {
        if (text.length() > 0) {
          out.add(text.toString());
          text.setLength(0);
        }
        out.add(part);
      }
    }
    if (text.length() > 0) {
      out.add(text.toString());
    }
    return List.copyOf(out);
  }
}

package dev.onramp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an intrinsic function, written as a short-form tag ({@code !Ref X}) or as a one-key map
 * ({@code {"Ref": "X"}}), into the template model's {@link Fn}. Functions the model has no record
 * for ({@code Fn::Select}, {@code Fn::FindInMap}, …) stay one-key maps in their long form, which is
 * what CloudFormation itself reads; no policy in an Onramp template uses them.
 */
final class Intrinsics {
  /** {@code ${Name}} but not the {@code ${!Literal}} escape. */
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private Intrinsics() {}

  /** The long-form key a short-form tag stands for: {@code !Ref} is {@code Ref}. */
  static Optional<String> keyOfTag(String tag) {
    if (!tag.startsWith("!") || tag.startsWith("!!") || tag.length() < 2) {
      return Optional.empty();
    }
    String name = tag.substring(1);
    if (name.equals("Ref") || name.equals("Condition")) {
      return Optional.of(name);
    }
    return name.chars().allMatch(Character::isLetterOrDigit)
        ? Optional.of("Fn::" + name)
        : Optional.empty();
  }

  /**
   * Whether a one-key map is a function in long form. {@code Condition} counts only with a string,
   * because a policy statement's {@code Condition} holds a map.
   */
  static boolean isLongForm(String key, Object argument) {
    return key.equals("Ref")
        || key.startsWith("Fn::")
        || (key.equals("Condition") && argument instanceof String);
  }

  /** The function {@code key} applied to {@code argument}; {@code where} locates errors. */
  static Object decode(String key, Object argument, String where) {
    switch (key) {
      case "Ref":
        return new Fn.Ref(text(key, argument, where));
      case "Condition":
        return new Fn.ConditionRef(text(key, argument, where));
      case "Fn::Sub":
        return sub(argument, where);
      case "Fn::GetAtt":
        return getAtt(argument, where);
      case "Fn::If":
        {
          List<?> args = list(key, argument, 3, where);
          return new Fn.If(text(key, args.get(0), where), args.get(1), args.get(2));
        }
      case "Fn::Equals":
        {
          List<?> args = list(key, argument, 2, where);
          return new Fn.Equals(args.get(0), args.get(1));
        }
      case "Fn::Not":
        return new Fn.Not(list(key, argument, 1, where).get(0));
      case "Fn::And":
        return new Fn.And(list(key, argument, -1, where).stream().map(Object.class::cast).toList());
      case "Fn::Or":
        return new Fn.Or(list(key, argument, -1, where).stream().map(Object.class::cast).toList());
      case "Fn::Join":
        {
          List<?> args = list(key, argument, 2, where);
          if (!(args.get(0) instanceof String delimiter)) {
            throw new TemplateFormatException("Fn::Join takes a delimiter text first" + where);
          }
          return new Fn.Join(delimiter, args.get(1));
        }
      case "Fn::Select":
        {
          List<?> args = list(key, argument, 2, where);
          Object index = args.get(0);
          if (index instanceof Number number) {
            return new Fn.Select(number.intValue(), args.get(1));
          }
          if (index instanceof String text && text.matches("\\d{1,9}")) {
            return new Fn.Select(Integer.parseInt(text), args.get(1));
          }
          throw new TemplateFormatException("Fn::Select takes an index number first" + where);
        }
      case "Fn::Split":
        {
          List<?> args = list(key, argument, 2, where);
          if (!(args.get(0) instanceof String delimiter)) {
            throw new TemplateFormatException("Fn::Split takes a delimiter text first" + where);
          }
          return new Fn.Split(delimiter, args.get(1));
        }
      default:
        return Map.of(key, argument);
    }
  }

  /**
   * {@code Fn::Sub} with a variable map is folded into one text when every value can be written in
   * it (a literal, a reference); otherwise it is the {@code Fn::Join} it equals.
   */
  private static Fn sub(Object argument, String where) {
    if (argument instanceof String text) {
      return new Fn.Sub(text);
    }
    List<?> args = list("Fn::Sub", argument, 2, where);
    String text = text("Fn::Sub", args.get(0), where);
    if (!(args.get(1) instanceof Map<?, ?> variables)) {
      throw new TemplateFormatException("Fn::Sub takes a text and a map of variables" + where);
    }
    if (!variables.values().stream().allMatch(Intrinsics::isFoldable)) {
      return joined(text, variables);
    }
    Matcher matcher = SUB_VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = variables.get(matcher.group(1));
      String replacement = value == null ? matcher.group() : folded(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return new Fn.Sub(out.toString());
  }

  /**
   * Whether a variable's value can be written into the text and still mean the same: a literal, a
   * {@code Ref} or a {@code GetAtt}. Anything computed ({@code Fn::Select}, {@code Fn::FindInMap},
   * {@code Fn::If} …) makes the whole a {@code Fn::Join}, so the review sees the function.
   */
  private static boolean isFoldable(Object value) {
    return value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Fn.Ref
        || value instanceof Fn.GetAtt;
  }

  private static String folded(Object value) {
    if (value instanceof Fn.Ref ref) {
      return "${" + ref.name() + "}";
    }
    if (value instanceof Fn.GetAtt getAtt) {
      return "${" + getAtt.resource() + "." + getAtt.attribute() + "}";
    }
    return value instanceof String text ? SubText.escape(text) : CanonicalText.of(value);
  }

  /**
   * A {@code Fn::Sub} whose variables include a computed value, as the {@code Fn::Join} it equals:
   * folding {@code !Select [0, !Split …]} into text would make it a literal the review takes at its
   * word, and a {@code Fn::FindInMap} the review resolves.
   */
  private static Fn joined(String text, Map<?, ?> variables) {
    List<Object> parts = new ArrayList<>();
    Matcher matcher = SUB_VARIABLE.matcher(text);
    int from = 0;
    while (matcher.find()) {
      Object value = variables.get(matcher.group(1));
      if (value == null) {
        continue;
      }
      if (matcher.start() > from) {
        parts.add(new Fn.Sub(text.substring(from, matcher.start())));
      }
      parts.add(value instanceof String literal ? literal : value);
      from = matcher.end();
    }
    if (from < text.length()) {
      parts.add(new Fn.Sub(text.substring(from)));
    }
    return new Fn.Join("", List.copyOf(parts));
  }

  private static Object getAtt(Object argument, String where) {
    if (argument instanceof String text) {
      int dot = text.indexOf('.');
      if (dot <= 0 || dot == text.length() - 1) {
        throw new TemplateFormatException("Fn::GetAtt takes Resource.Attribute" + where);
      }
      return new Fn.GetAtt(text.substring(0, dot), text.substring(dot + 1));
    }
    List<?> args = list("Fn::GetAtt", argument, 2, where);
    if (args.get(1) instanceof String attribute) {
      return new Fn.GetAtt(text("Fn::GetAtt", args.get(0), where), attribute);
    }
    // An attribute chosen by a function has no record in the model: keep the long form.
    return Map.of("Fn::GetAtt", argument);
  }

  private static String text(String key, Object argument, String where) {
    if (argument instanceof String text && !text.isEmpty()) {
      return text;
    }
    throw new TemplateFormatException(key + " takes a name here, not " + argument + where);
  }

  private static List<?> list(String key, Object argument, int size, String where) {
    if (argument instanceof List<?> list && (size < 0 || list.size() == size)) {
      return list;
    }
    throw new TemplateFormatException(
        key
            + " takes a list"
            + (size < 0 ? "" : " of " + size + (size == 1 ? " value" : " values"))
            + ", not "
            + argument
            + where);
  }
}

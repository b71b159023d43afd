package dev.onramp.guide;

import dev.onramp.review.Guard;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A template condition in the words of the customer filling in the form: {@code `AccessLevel` is
 * `tag-write-back`} rather than {@code AccessLevelIsTagWriteBack}. Conditions the compiler writes
 * compare parameters and pseudo parameters with values; anything else is named as it is.
 */
final class ConditionText {
  private final Map<String, Object> conditions;

  ConditionText(Map<String, Object> conditions) {
    this.conditions = conditions;
  }

  /** {@code always}, or every literal of the guard in words, joined by {@code and}. */
  String when(Guard guard) {
    if (guard.isAlways()) {
      return "always";
    }
    return guard.literals().stream()
        .map(literal -> named(literal.condition(), literal.holds()))
        .collect(Collectors.joining(" and "));
  }

  /** The named condition in words, or its negation. */
  String named(String name, boolean holds) {
    Object definition = conditions.get(name);
    if (definition == null) {
      return (holds ? "" : "not ") + InventoryCells.code(name);
    }
    return describe(definition, holds);
  }

  private String describe(Object expression, boolean holds) {
    if (expression instanceof Fn.Not not) {
      return describe(not.condition(), !holds);
    }
    if (expression instanceof Fn.ConditionRef ref) {
      return named(ref.name(), holds);
    }
    if (expression instanceof Fn.Equals equals) {
      return equality(equals, holds);
    }
    if (expression instanceof Fn.Or or) {
      if (!holds) {
        return all(or.conditions(), false, " and ");
      }
      return oneOf(or).orElseGet(() -> all(or.conditions(), true, " or "));
    }
    if (expression instanceof Fn.And and) {
      return holds ? all(and.conditions(), true, " and ") : all(and.conditions(), false, " or ");
    }
    return (holds ? "" : "not ") + InventoryCells.code(CanonicalText.of(expression));
  }

  /** {@code `P` is `a` or `b`}, when every branch compares the same parameter with a value. */
  private Optional<String> oneOf(Fn.Or or) {
    String subject = null;
    List<String> values = new ArrayList<>();
    for (Object branch : or.conditions()) {
      Object resolved = branch;
      while (resolved instanceof Fn.ConditionRef ref && conditions.containsKey(ref.name())) {
        resolved = conditions.get(ref.name());
      }
      if (!(resolved instanceof Fn.Equals equals)
          || !(equals.left() instanceof Fn.Ref ref)
          || !(equals.right() instanceof String value)) {
        return Optional.empty();
      }
      if (subject != null && !subject.equals(ref.name())) {
        return Optional.empty();
      }
      subject = ref.name();
      values.add(InventoryCells.code(value));
    }
    if (subject == null) {
      return Optional.empty();
    }
    return Optional.of(subjectOf(new Fn.Ref(subject)) + " is " + String.join(" or ", values));
  }

  private String all(List<Object> parts, boolean holds, String joiner) {
    return parts.stream()
        .map(part -> describe(part, holds))
        .collect(
            Collectors.joining(joiner, parts.size() > 1 ? "(" : "", parts.size() > 1 ? ")" : ""));
  }

  private String equality(Fn.Equals equals, boolean holds) {
    Object left = equals.left();
    Object right = equals.right();
    if (right instanceof Fn && !(left instanceof Fn)) {
      Object swap = left;
      left = right;
      right = swap;
    }
    if (right instanceof String value) {
      if (value.isEmpty() && left instanceof Fn.Join join && join.values() instanceof Fn.Ref ref) {
        // Fn::Join of a list parameter compared with '': the compiler's test for an empty list.
        return subjectOf(ref) + (holds ? " is empty" : " is not empty");
      }
      if (value.isEmpty() && left instanceof Fn.Ref ref) {
        return subjectOf(ref) + (holds ? " is empty" : " is not empty");
      }
      return subjectOf(left) + (holds ? " is " : " is not ") + InventoryCells.code(value);
    }
    if (left instanceof Fn.Ref && right instanceof Fn.Ref) {
      // `RegistrationRegion` is the stack's region: a parameter compared with a pseudo parameter.
      Object pseudo = right;
      if (((Fn.Ref) left).name().startsWith("AWS::")) {
        pseudo = left;
        left = right;
      }
      return subjectOf(left) + (holds ? " is " : " is not ") + subjectOf(pseudo);
    }
    return subjectOf(left) + (holds ? " equals " : " does not equal ") + subjectOf(right);
  }

  /** A parameter by name as code; pseudo parameters in words. */
  private static String subjectOf(Object value) {
    if (value instanceof Fn.Ref ref) {
      return switch (ref.name()) {
        case "AWS::Region" -> "the stack's region";
        case "AWS::Partition" -> "the partition";
        case "AWS::AccountId" -> "the account";
        case "AWS::StackName" -> "the stack name";
        default -> InventoryCells.code(ref.name());
      };
    }
    return InventoryCells.code(CanonicalText.of(value));
  }
}

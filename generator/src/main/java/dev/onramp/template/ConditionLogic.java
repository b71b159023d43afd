package dev.onramp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides condition expressions (of the Conditions section, and the rule functions of Rules) as far
 * as the parameters allow. Three-valued: an operand that depends on the deployment (a pseudo
 * parameter, another undecided condition) leaves the expression {@link Truth.Unknown}, and the
 * decided operands are folded away ({@code Or(false, X)} is {@code X}), so what is left reads as
 * the condition CloudFormation still has to decide.
 */
final class ConditionLogic {
  private final ValueEvaluator values;
  private final Function<String, Truth> conditions;

  ConditionLogic(ValueEvaluator values, Function<String, Truth> conditions) {
    this.values = values;
    this.conditions = conditions;
  }

  Truth truth(Object expression) {
    if (expression instanceof Boolean value) {
      return Truth.of(value);
    }
    if (expression instanceof Fn.ConditionRef ref) {
      // An undecided condition stays a reference: it is kept under its own name.
      return conditions.apply(ref.name()) instanceof Truth.Known known
          ? known
          : new Truth.Unknown(ref);
    }
    if (expression instanceof Fn.Not not) {
      Truth operand = truth(not.condition());
      return operand instanceof Truth.Known known
          ? Truth.of(!known.value())
          : new Truth.Unknown(new Fn.Not(((Truth.Unknown) operand).residual()));
    }
    if (expression instanceof Fn.And and) {
      return combine(and.conditions(), false, Fn.And::new);
    }
    if (expression instanceof Fn.Or or) {
      return combine(or.conditions(), true, Fn.Or::new);
    }
    if (expression instanceof Fn.Equals equals) {
      Object left = values.evaluate(equals.left());
      Object right = values.evaluate(equals.right());
      return ValueEvaluator.isKnown(left) && ValueEvaluator.isKnown(right)
          ? Truth.of(same(left, right))
          : new Truth.Unknown(new Fn.Equals(left, right));
    }
    if (expression instanceof Map<?, ?> map && ValueEvaluator.isFunction(map)) {
      return ruleFunction(map);
    }
    throw new IllegalArgumentException("not a condition: " + expression);
  }

  /**
   * {@code And} ({@code decisive} false) or {@code Or} ({@code decisive} true): one decisive
   * operand decides it, the others drop out; one operand left is the whole condition, since
   * CloudFormation takes two to ten.
   */
  private Truth combine(
      List<Object> operands, boolean decisive, Function<List<Object>, Fn> rebuild) {
    List<Object> left = new ArrayList<>();
    for (Object operand : operands) {
      Truth truth = truth(operand);
      if (truth instanceof Truth.Known known) {
        if (known.value() == decisive) {
          return known;
        }
      } else {
        left.add(((Truth.Unknown) truth).residual());
      }
    }
    if (left.isEmpty()) {
      return Truth.of(!decisive);
    }
    return new Truth.Unknown(left.size() == 1 ? left.get(0) : rebuild.apply(left));
  }

  /**
   * The list functions only Rules use. {@code Fn::RefAll}, {@code Fn::ValueOf} and the like read
   * AWS-specific parameter types from the account, so they stay undecided.
   */
  private Truth ruleFunction(Map<?, ?> function) {
    String name = (String) function.keySet().iterator().next();
    Object arguments = values.evaluate(function.values().iterator().next());
    Truth undecided = new Truth.Unknown(Map.of(name, arguments));
    if (!(arguments instanceof List<?> pair) || pair.size() != 2 || !ValueEvaluator.isKnown(pair)) {
      return undecided;
    }
    Optional<List<String>> first = texts(pair.get(0));
    return switch (name) {
      case "Fn::Contains" ->
          first
              .map(list -> Truth.of(list.contains(ValueEvaluator.text(pair.get(1)))))
              .orElse(undecided);
      case "Fn::EachMemberEquals" ->
          first
              .map(
                  list ->
                      Truth.of(list.stream().allMatch(ValueEvaluator.text(pair.get(1))::equals)))
              .orElse(undecided);
      case "Fn::EachMemberIn" ->
          first
              .flatMap(
                  list -> texts(pair.get(1)).map(allowed -> Truth.of(allowed.containsAll(list))))
              .orElse(undecided);
      default -> undecided;
    };
  }

  /** Known values compare as CloudFormation compares them: as text ({@code 3600} is "3600"). */
  private static boolean same(Object left, Object right) {
    if (left instanceof List<?> a && right instanceof List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return !(left instanceof List<?>)
        && !(right instanceof List<?>)
        && ValueEvaluator.text(left).equals(ValueEvaluator.text(right));
  }

  private static Optional<List<String>> texts(Object value) {
    if (!(value instanceof List<?> list)) {
      return Optional.empty();
    }
    return Optional.of(list.stream().map(ValueEvaluator::text).toList());
  }
}

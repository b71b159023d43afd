package dev.onramp.compile.conditional;

import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conditions that hold together. A part switched twice (a policy set with its own switch on a
 * switched role, the callback that registers in one region only when the vendor is told at all)
 * exists under a condition {@code AAndB}: {@code Fn::And} of the two. Whether one condition implies
 * another is read from these conjunctions, by name: enough for what the compiler writes.
 */
public final class Conjunction {
  private Conjunction() {}

  /**
   * The name of a condition that holds when both hold, added to the template when it is new; null
   * stands for "always", so either may be null.
   */
  public static String of(TemplateBuilder template, String first, String second) {
    if (first == null || implies(template.conditions(), second, first)) {
      return second;
    }
    if (second == null || implies(template.conditions(), first, second)) {
      return first;
    }
    String name = first + "And" + second;
    template.condition(
        name, new Fn.And(List.of(new Fn.ConditionRef(first), new Fn.ConditionRef(second))));
    return name;
  }

  /**
   * Whether {@code required} holds whenever {@code given} does: when {@code required} is null
   * (always), or every condition {@code required} is a conjunction of is one of {@code given}'s.
   */
  public static boolean implies(Map<String, Object> conditions, String given, String required) {
    if (required == null) {
      return true;
    }
    if (given == null) {
      return false;
    }
    return atoms(conditions, given).containsAll(atoms(conditions, required));
  }

  /**
   * The conditions that hold whenever {@code name} does, as far as its definition says by name:
   * those an {@code Fn::And} names with {@code Condition} (and theirs), and {@code name} itself
   * unless it is nothing but such a conjunction. The management account's copy of a member, whose
   * conditions are {@code Fn::And} of the switch and the member's own test, implies the switch.
   */
  static Set<String> atoms(Map<String, Object> conditions, String name) {
    Set<String> atoms = new LinkedHashSet<>();
    if (conditions.get(name) instanceof Fn.And and) {
      for (Object part : and.conditions()) {
        if (part instanceof Fn.ConditionRef ref) {
          atoms.addAll(atoms(conditions, ref.name()));
        } else {
          atoms.add(name);
        }
      }
    } else {
      atoms.add(name);
    }
    return atoms;
  }

  /** The atoms of both, for a value guarded by an {@code Fn::If} inside a switched part. */
  static Set<String> atomsOfBoth(Map<String, Object> conditions, Set<String> given, String more) {
    Set<String> all = new LinkedHashSet<>(given);
    all.addAll(atoms(conditions, more));
    return all;
  }

  /**
   * The atoms that hold where {@code negated} does not: those of every condition defined as its
   * negation ({@code Fn::Not} of it by name, or of the same expression). The else branch of {@code
   * Fn::If [CostReportUsesExisting, ...]} may refer to what {@code CostReportCreatesNew} guards.
   */
  static Set<String> atomsOfElse(
      Map<String, Object> conditions, Set<String> given, String negated) {
    Set<String> all = new LinkedHashSet<>(given);
    Object expression = conditions.get(negated);
    conditions.forEach(
        (name, definition) -> {
          if (definition instanceof Fn.Not not
              && (not.condition().equals(new Fn.ConditionRef(negated))
                  || (expression != null && not.condition().equals(expression)))) {
            all.addAll(atoms(conditions, name));
          }
        });
    return all;
  }
}

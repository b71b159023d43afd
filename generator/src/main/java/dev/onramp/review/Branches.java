package dev.onramp.review;

import dev.onramp.template.Fn;
import dev.onramp.template.TemplateFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code Fn::If} in template values into the plain values CloudFormation may end up with,
 * each with the {@link Guard} under which it does. {@code AWS::NoValue} removes the list element or
 * map entry it stands for, as CloudFormation does.
 */
final class Branches {
  /**
   * More combinations than any real policy has; a statement beyond it is refused rather than
   * expanded into millions of variants.
   */
  static final int MAX_BRANCHES = 1024;

  /** Stands for {@code AWS::NoValue} while a value is resolved. */
  private static final Object ABSENT = new Object();

  private Branches() {}

  /** A value under the guard where it applies. */
  record Branch(Guard guard, Object value) {}

  /**
   * The elements of a list-valued property, each with its guard; a lone value counts as a list of
   * one, an {@code Fn::If} contributes the elements of both branches. Elements keep any {@code
   * Fn::If} nested inside them; {@link #resolve} takes those apart.
   */
  static List<Branch> elements(Object value, Guard guard) {
    List<Branch> out = new ArrayList<>();
    collectElements(value, guard, out);
    return out;
  }

  private static void collectElements(Object value, Guard guard, List<Branch> out) {
    if (value == null || isNoValue(value)) {
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(element -> collectElements(element, guard, out));
    } else if (value instanceof Fn.If branches) {
      Guard.Literal literal = new Guard.Literal(branches.condition(), true);
      guard.and(literal).ifPresent(g -> collectElements(branches.whenTrue(), g, out));
      guard.and(literal.negated()).ifPresent(g -> collectElements(branches.whenFalse(), g, out));
    } else {
      out.add(new Branch(guard, value));
    }
  }

  /**
   * Every value {@code value} may resolve to, with no {@code Fn::If} left inside, and its guard. A
   * value that resolves to {@code AWS::NoValue} under some guard has no branch for it.
   */
  static List<Branch> resolve(Object value, Guard guard) {
    return resolveAll(value, guard).stream().filter(branch -> branch.value() != ABSENT).toList();
  }

  private static List<Branch> resolveAll(Object value, Guard guard) {
    if (isNoValue(value)) {
      return List.of(new Branch(guard, ABSENT));
    }
    if (value instanceof Fn.If branches) {
      Guard.Literal literal = new Guard.Literal(branches.condition(), true);
      List<Branch> out = new ArrayList<>();
      guard.and(literal).ifPresent(g -> out.addAll(resolveAll(branches.whenTrue(), g)));
      guard.and(literal.negated()).ifPresent(g -> out.addAll(resolveAll(branches.whenFalse(), g)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      return resolveMap(map, guard);
    }
    if (value instanceof List<?> list) {
      return resolveList(list, guard);
    }
    if (value instanceof Fn.Join join) {
      List<Branch> out = new ArrayList<>();
      for (Branch parts : resolveAll(join.values(), guard)) {
        out.add(new Branch(parts.guard(), new Fn.Join(join.delimiter(), parts.value())));
      }
      return out;
    }
    return List.of(new Branch(guard, value));
  }

  private static List<Branch> resolveMap(Map<?, ?> map, Guard guard) {
    List<Partial<Map<String, Object>>> partials =
        List.of(new Partial<>(guard, new LinkedHashMap<>()));
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      List<Partial<Map<String, Object>>> next = new ArrayList<>();
      for (Partial<Map<String, Object>> partial : partials) {
        for (Branch branch : resolveAll(entry.getValue(), partial.guard())) {
          Map<String, Object> copy = new LinkedHashMap<>(partial.value());
          if (branch.value() != ABSENT) {
            copy.put(String.valueOf(entry.getKey()), branch.value());
          }
          next.add(new Partial<>(branch.guard(), copy));
        }
      }
      partials = checked(next);
    }
    return partials.stream()
        .map(p -> new Branch(p.guard(), Collections.unmodifiableMap(p.value())))
        .toList();
  }

  private static List<Branch> resolveList(List<?> list, Guard guard) {
    List<Partial<List<Object>>> partials = List.of(new Partial<>(guard, new ArrayList<>()));
    for (Object element : list) {
      List<Partial<List<Object>>> next = new ArrayList<>();
      for (Partial<List<Object>> partial : partials) {
        for (Branch branch : resolveAll(element, partial.guard())) {
          List<Object> copy = new ArrayList<>(partial.value());
          if (branch.value() != ABSENT) {
            copy.add(branch.value());
          }
          next.add(new Partial<>(branch.guard(), copy));
        }
      }
      partials = checked(next);
    }
    return partials.stream()
        .map(p -> new Branch(p.guard(), Collections.unmodifiableList(p.value())))
        .toList();
  }

  private static <T> List<Partial<T>> checked(List<Partial<T>> partials) {
    if (partials.size() > MAX_BRANCHES) {
      throw new TemplateFormatException(
          "a policy value has more than " + MAX_BRANCHES + " Fn::If combinations");
    }
    return partials;
  }

  private static boolean isNoValue(Object value) {
    return value instanceof Fn.Ref ref && ref.name().equals("AWS::NoValue");
  }

  private record Partial<T>(Guard guard, T value) {}
}

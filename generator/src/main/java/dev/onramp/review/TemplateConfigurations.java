package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every way the template conditions of two templates can come out together, decided by the
 * parameter values they compare rather than by their names: a condition renamed with the same
 * definition decides the same in every configuration, and a parameter renamed with the same
 * definition is the same parameter. Each variable (a parameter, a pseudo parameter, any other value
 * a condition compares) takes each value some condition compares it with, or a value none does; a
 * parameter with {@code AllowedValues} takes only those. A condition without a definition is a free
 * choice of its own.
 */
final class TemplateConfigurations {
  /** Configurations beyond this are cut short and the comparison marked inexact. */
  static final int MAX_CONFIGURATIONS = 1024;

  private final TemplateTerms before;
  private final TemplateTerms after;

  /** The after side's parameter names that are a before-side parameter under another name. */
  final Map<String, String> renamed;

  private final Map<String, Set<String>> candidates = new TreeMap<>();
  private boolean complete = true;

  TemplateConfigurations(TemplateTerms before, TemplateTerms after) {
    this.before = before;
    this.after = after;
    this.renamed = renamedParameters(before, after);
    before.conditions().values().forEach(e -> collect(e, before, Map.of()));
    after.conditions().values().forEach(e -> collect(e, after, renamed));
  }

  /** Makes a condition that {@code guard} names but its side does not define a free choice. */
  void note(Guard guard, boolean afterSide) {
    TemplateTerms terms = afterSide ? after : before;
    for (Guard.Literal literal : guard.literals()) {
      if (!terms.conditions().containsKey(literal.condition())) {
        options(free(literal.condition())).addAll(List.of("true", "false"));
      }
    }
  }

  /**
   * Whether two guards name the same conditions with the same definitions on both sides (and no
   * renamed parameter between them): then they hold in the same configurations.
   */
  boolean sameGuard(Guard was, Guard is) {
    if (!was.equals(is)) {
      return false;
    }
    for (Guard.Literal literal : was.literals()) {
      Object before = this.before.conditions().get(literal.condition());
      Object after = this.after.conditions().get(literal.condition());
      if (!Objects.equals(before, after) || (after != null && !renamed.isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The variables that decide {@code guards} of the before ({@code afterSide} false) or after side.
   */
  Set<String> variablesOf(java.util.Collection<Guard> guards, boolean afterSide) {
    TemplateTerms terms = afterSide ? after : before;
    Map<String, String> names = afterSide ? renamed : Map.of();
    Set<String> out = new java.util.TreeSet<>();
    for (Guard guard : guards) {
      for (Guard.Literal literal : guard.literals()) {
        variables(new Fn.ConditionRef(literal.condition()), terms, names, out, 0);
      }
    }
    return out;
  }

  private static void variables(
      Object expression,
      TemplateTerms terms,
      Map<String, String> names,
      Set<String> out,
      int depth) {
    if (depth > 32) {
      return;
    }
    if (expression instanceof Fn.ConditionRef ref) {
      Object definition = terms.conditions().get(ref.name());
      if (definition == null) {
        out.add(free(ref.name()));
      } else {
        variables(definition, terms, names, out, depth + 1);
      }
    } else if (expression instanceof Fn.Not not) {
      variables(not.condition(), terms, names, out, depth + 1);
    } else if (expression instanceof Fn.And and) {
      and.conditions().forEach(c -> variables(c, terms, names, out, depth + 1));
    } else if (expression instanceof Fn.Or or) {
      or.conditions().forEach(c -> variables(c, terms, names, out, depth + 1));
    } else if (expression instanceof Fn.Equals equals) {
      for (Object side : List.of(equals.left(), equals.right())) {
        String variable = operand(side, terms, names).variable();
        if (variable != null) {
          out.add(variable);
        }
      }
    }
  }

  boolean complete() {
    return complete;
  }

  /** One configuration: a value for every variable. */
  record Configuration(Map<String, String> values) {
    /**
     * {@code Env=prod, condition HasBucket=true}: the values of {@code variables}, for a sentence.
     */
    String describe(Set<String> variables) {
      List<String> parts = new ArrayList<>();
      values.forEach(
          (variable, value) -> {
            if (variables.contains(variable)) {
              parts.add(variable + "=" + (value.startsWith(OTHER) ? "(another value)" : value));
            }
          });
      return String.join(", ", parts);
    }
  }

  static final String OTHER = "\u0000other";

  List<Configuration> all() {
    List<Configuration> out = new ArrayList<>();
    List<String> variables = new ArrayList<>(candidates.keySet());
    long total = 1;
    for (String variable : variables) {
      total *= candidates.get(variable).size();
      if (total > MAX_CONFIGURATIONS) {
        complete = false;
        total = MAX_CONFIGURATIONS;
        break;
      }
    }
    for (int index = 0; index < total; index++) {
      Map<String, String> values = new TreeMap<>();
      int rest = index;
      for (String variable : variables) {
        List<String> options = List.copyOf(candidates.get(variable));
        values.put(variable, options.get(rest % options.size()));
        rest /= options.size();
      }
      out.add(new Configuration(values));
    }
    return out;
  }

  /** Whether {@code guard} of the before ({@code afterSide} false) or after side holds. */
  boolean holds(Guard guard, Configuration configuration, boolean afterSide) {
    TemplateTerms terms = afterSide ? after : before;
    Map<String, String> names = afterSide ? renamed : Map.of();
    for (Guard.Literal literal : guard.literals()) {
      if (truth(new Fn.ConditionRef(literal.condition()), terms, names, configuration, 0)
          != literal.holds()) {
        return false;
      }
    }
    return true;
  }

  private boolean truth(
      Object expression,
      TemplateTerms terms,
      Map<String, String> names,
      Configuration configuration,
      int depth) {
    if (depth > 32) {
      return false;
    }
    if (expression instanceof Boolean value) {
      return value;
    }
    if (expression instanceof Fn.ConditionRef ref) {
      Object definition = terms.conditions().get(ref.name());
      return definition == null
          ? "true".equals(configuration.values().get(free(ref.name())))
          : truth(definition, terms, names, configuration, depth + 1);
    }
    if (expression instanceof Fn.Not not) {
      return !truth(not.condition(), terms, names, configuration, depth + 1);
    }
    if (expression instanceof Fn.And and) {
      return and.conditions().stream()
          .allMatch(c -> truth(c, terms, names, configuration, depth + 1));
    }
    if (expression instanceof Fn.Or or) {
      return or.conditions().stream()
          .anyMatch(c -> truth(c, terms, names, configuration, depth + 1));
    }
    if (expression instanceof Fn.Equals equals) {
      Operand left = operand(equals.left(), terms, names);
      Operand right = operand(equals.right(), terms, names);
      return Objects.equals(left.value(configuration), right.value(configuration));
    }
    return false;
  }

  /** One side of an {@code Fn::Equals}: a known text, or a variable's name. */
  private record Operand(String text, String variable) {
    String value(Configuration configuration) {
      return variable == null ? text : configuration.values().get(variable);
    }
  }

  private static Operand operand(Object value, TemplateTerms terms, Map<String, String> names) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return new Operand(String.valueOf(value), null);
    }
    String text = CanonicalText.of(value);
    Optional<String> one = SubText.soleVariable(text);
    if ((value instanceof Fn.Ref || value instanceof Fn.Sub) && one.isPresent()) {
      String name = one.get();
      if (terms.parameters().containsKey(name)) {
        return new Operand(null, names.getOrDefault(name, name));
      }
      return new Operand(null, name);
    }
    return new Operand(null, rename(text, names));
  }

  /** The variables the conditions compare, and the values they compare them with. */
  private void collect(Object expression, TemplateTerms terms, Map<String, String> names) {
    if (expression instanceof Fn.ConditionRef ref) {
      if (!terms.conditions().containsKey(ref.name())) {
        options(free(ref.name())).addAll(List.of("true", "false"));
      }
    } else if (expression instanceof Fn.Not not) {
      collect(not.condition(), terms, names);
    } else if (expression instanceof Fn.And and) {
      and.conditions().forEach(c -> collect(c, terms, names));
    } else if (expression instanceof Fn.Or or) {
      or.conditions().forEach(c -> collect(c, terms, names));
    } else if (expression instanceof Fn.Equals equals) {
      Operand left = operand(equals.left(), terms, names);
      Operand right = operand(equals.right(), terms, names);
      for (Operand[] pair : new Operand[][] {{left, right}, {right, left}}) {
        if (pair[0].variable() != null) {
          Set<String> options = options(pair[0].variable());
          Template.Parameter parameter = terms.parameters().get(pair[0].variable());
          if (parameter != null && !parameter.allowedValues().isEmpty()) {
            options.addAll(parameter.allowedValues());
          } else {
            options.add(OTHER + pair[0].variable());
            // Two variables compared: each may take the other's value too.
            options.add(pair[1].variable() != null ? OTHER + "shared" : pair[1].text());
          }
        }
      }
    }
  }

  private Set<String> options(String variable) {
    return candidates.computeIfAbsent(variable, v -> new LinkedHashSet<>());
  }

  private static String free(String condition) {
    return "condition " + condition;
  }

  /**
   * Parameters of the after side missing from the before side that have exactly one counterpart
   * there with the same definition (type, default, allowed values and pattern, lengths, NoEcho):
   * the same parameter under a new name.
   */
  static Map<String, String> renamedParameters(TemplateTerms before, TemplateTerms after) {
    Map<String, String> renamed = new HashMap<>();
    List<String> onlyBefore =
        before.parameters().keySet().stream()
            .filter(name -> !after.parameters().containsKey(name))
            .toList();
    for (var entry : after.parameters().entrySet()) {
      if (before.parameters().containsKey(entry.getKey())) {
        continue;
      }
      List<String> same =
          onlyBefore.stream()
              .filter(
                  name ->
                      definition(before.parameters().get(name))
                          .equals(definition(entry.getValue())))
              .toList();
      if (same.size() == 1) {
        renamed.put(entry.getKey(), same.get(0));
      }
    }
    return Map.copyOf(renamed);
  }

  private static List<Object> definition(Template.Parameter parameter) {
    return java.util.Arrays.asList(
        parameter.type(),
        parameter.defaultValue(),
        parameter.allowedValues(),
        parameter.allowedPattern(),
        parameter.noEcho(),
        parameter.minLength(),
        parameter.maxLength());
  }

  /** {@code text} with every {@code ${Old}} of a renamed parameter spelled as the before side's. */
  static String rename(String text, Map<String, String> names) {
    if (names.isEmpty() || !text.contains("${")) {
      return text;
    }
    return SubText.renamed(text, name -> names.getOrDefault(name, name));
  }
}

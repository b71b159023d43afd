package dev.onramp.review;

import dev.onramp.iam.Effect;
import dev.onramp.iam.Statement;
import dev.onramp.template.CanonicalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Takes one resolved policy statement (no {@code Fn::If} left), as {@link Statement} reads it,
 * apart into {@link Grant}s: each principal times each action times each resource. {@code Sid} and
 * the policy's {@code Version} do not change what a statement grants and are ignored.
 */
final class StatementReader {
  private final ActionResolver actions;

  StatementReader(ActionResolver actions) {
    this.actions = actions;
  }

  void read(
      Subject subject, PolicyKind kind, Statement statement, Guard guard, Consumer<Grant> grants) {
    Effect effect = statement.effect();
    List<String> resources = resources(kind, statement);
    List<Action> granted = actions(statement, resources);
    ConditionSet conditions = ConditionSet.of(statement.fields().get("Condition"));
    for (Principal principal : principals(kind, statement)) {
      for (Action action : granted) {
        for (String resource : resources) {
          grants.accept(
              new Grant(subject, kind, effect, principal, action, resource, conditions, guard));
        }
      }
    }
  }

  /**
   * The statement's resource patterns. A trust policy has none (the resource is the role), shown as
   * one empty pattern. A {@code NotResource} list becomes one pattern, everything except the list.
   * A statement with neither is invalid to IAM; it is read as {@code *}, the worst case.
   */
  private static List<String> resources(PolicyKind kind, Statement statement) {
    if (kind == PolicyKind.TRUST) {
      return List.of("");
    }
    if (statement.excludesResources()) {
      return List.of(
          ResourcePatterns.EXCEPT
              + "["
              + String.join(", ", new TreeSet<>(texts(statement.resources())))
              + "]");
    }
    List<String> resources = texts(statement.resources());
    return resources.isEmpty() ? List.of("*") : resources;
  }

  private List<Action> actions(Statement statement, List<String> resources) {
    if (statement.excludesActions()) {
      return actions.complement(texts(statement.actions()), resources);
    }
    List<Action> out = new ArrayList<>();
    for (String pattern : texts(statement.actions())) {
      out.addAll(actions.expand(pattern));
    }
    return out;
  }

  /**
   * The principals of a trust or resource policy statement; {@link Principal#NONE} for identity
   * policies, where a principal has no meaning, and for a statement that names none.
   */
  private static List<Principal> principals(PolicyKind kind, Statement statement) {
    if (kind == PolicyKind.IDENTITY) {
      return List.of(Principal.NONE);
    }
    boolean excluded = statement.excludesPrincipals();
    Object principal = statement.principal();
    if (principal == null) {
      return List.of(Principal.NONE);
    }
    List<Principal> out = new ArrayList<>();
    if (principal instanceof Map<?, ?> byType) {
      byType.forEach(
          (type, values) -> {
            for (String value : texts(values)) {
              out.add(Principal.of(String.valueOf(type), value, excluded));
            }
          });
    } else {
      for (String value : texts(principal)) {
        // Only "*" may stand alone; anything else is kept, typed "?", so that it still compares.
        out.add(Principal.of(value.equals("*") ? "*" : "?", value, excluded));
      }
    }
    return List.copyOf(new TreeSet<>(out));
  }

  /** A value or list of values as canonical texts. */
  private static List<String> texts(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalText::of).toList();
    }
    return List.of(CanonicalText.of(value));
  }
}

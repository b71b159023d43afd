package dev.onramp.iam;

import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statement of an IAM policy document as the template model holds it, read as IAM reads it: the
 * one reader of statements for the security checks, the policy review and the guide. Values stay
 * template values (text, {@code Fn::Sub}, {@code Ref}, lists), so each reader can describe or
 * compare them its own way; what a field means (Effect, Not-forms, a lone principal {@code *}) is
 * decided here.
 */
public record Statement(Map<String, Object> fields) {
  /**
   * Every statement of a policy document: a lone statement or a list, each branch of an {@code
   * Fn::If} included, {@code AWS::NoValue} left out.
   */
  public static List<Statement> allOf(Object document) {
    Object statement =
        TemplateValues.map(document).map(fields -> fields.get("Statement")).orElse(null);
    List<Statement> statements = new ArrayList<>();
    for (Object alternative : TemplateValues.alternatives(statement)) {
      TemplateValues.map(alternative).map(Statement::new).ifPresent(statements::add);
    }
    return statements;
  }

  /** A statement map of the template model (one branch already chosen). */
  public static Statement of(Map<?, ?> fields) {
    return new Statement(TemplateValues.map(fields).orElseThrow());
  }

  public Effect effect() {
    return Effect.of(fields.get("Effect"));
  }

  public boolean isAllow() {
    return effect() == Effect.ALLOW;
  }

  /** How messages name a statement: by its Sid, else by its 1-based {@code index + 1}. */
  public String name(int index) {
    return fields.get("Sid") instanceof String sid && !sid.isEmpty()
        ? "statement '" + sid + "'"
        : "statement " + (index + 1);
  }

  /** Whether the statement lists the actions it does not grant ({@code NotAction}). */
  public boolean excludesActions() {
    return fields.containsKey("NotAction");
  }

  /** {@code Action}, or {@code NotAction} when {@link #excludesActions}: one value or a list. */
  public Object actions() {
    return fields.get(excludesActions() ? "NotAction" : "Action");
  }

  /** Whether the statement lists the resources it does not cover ({@code NotResource}). */
  public boolean excludesResources() {
    return fields.containsKey("NotResource");
  }

  /** {@code Resource}, or {@code NotResource} when {@link #excludesResources}. */
  public Object resources() {
    return fields.get(excludesResources() ? "NotResource" : "Resource");
  }

  /** Whether the statement names only the principals it excludes ({@code NotPrincipal}). */
  public boolean excludesPrincipals() {
    return !fields.containsKey("Principal") && fields.containsKey("NotPrincipal");
  }

  /** {@code Principal}, or {@code NotPrincipal} when {@link #excludesPrincipals}; may be null. */
  public Object principal() {
    return fields.get(excludesPrincipals() ? "NotPrincipal" : "Principal");
  }

  /**
   * Every value {@code Principal} gives for one type ({@code AWS}, {@code Service}, …), each branch
   * of an {@code Fn::If} included. A lone {@code Principal: "*"} is {@code {AWS: "*"}} to IAM.
   */
  public List<Object> principals(String type) {
    Object principal = fields.get("Principal");
    if ("*".equals(principal)) {
      return type.equals("AWS") ? List.of("*") : List.of();
    }
    return TemplateValues.alternatives(
        TemplateValues.map(principal).map(byType -> byType.get(type)).orElse(null));
  }

  /** The {@code Condition} block: operator to key to value; empty when there is none. */
  public Map<String, Object> condition() {
    return TemplateValues.mapAt(fields, "Condition");
  }

  /** The condition keys the statement tests, lower-cased, under any operator. */
  public Set<String> conditionKeys() {
    Set<String> keys = new TreeSet<>();
    condition()
        .values()
        .forEach(
            operator ->
                TemplateValues.map(operator)
                    .ifPresent(
                        tests ->
                            tests.keySet().forEach(key -> keys.add(key.toLowerCase(Locale.ROOT)))));
    return keys;
  }

  /** The value a condition operator (such as {@code StringEquals}) tests {@code key} against. */
  public Optional<Object> conditionValue(String operator, String key) {
    for (Map.Entry<String, Object> op : condition().entrySet()) {
      if (!op.getKey().equalsIgnoreCase(operator)) {
        continue;
      }
      for (Map.Entry<String, Object> test :
          TemplateValues.map(op.getValue()).orElse(Map.of()).entrySet()) {
        if (test.getKey().equalsIgnoreCase(key) && test.getValue() != null) {
          return Optional.of(test.getValue());
        }
      }
    }
    return Optional.empty();
  }
}

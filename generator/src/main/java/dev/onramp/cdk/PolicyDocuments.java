package dev.onramp.cdk;

import dev.onramp.cdk.JavaCode.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IAM policy documents as a reviewer reads them in Java: a {@code PolicyDocument} of {@code
 * PolicyStatement.Builder}s with their principals, actions, resources and conditions. A document
 * the builders cannot say exactly (another version, an unknown principal kind, a statement chosen
 * at deployment) stays a plain map, so nothing is ever changed in translation.
 */
final class PolicyDocuments {
  private static final String VERSION = "2012-10-17";
  private static final Set<String> STATEMENT_KEYS =
      Set.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");

  private final JavaExpressions expressions;
  private final JavaImports imports;

  PolicyDocuments(JavaExpressions expressions, JavaImports imports) {
    this.expressions = expressions;
    this.imports = imports;
  }

  /** The document built from statements, or empty when only a plain map says it exactly. */
  Optional<JavaCode> document(Map<?, ?> document) {
    if (!VERSION.equals(document.get("Version"))
        || !Set.of("Version", "Statement").containsAll(document.keySet())) {
      return Optional.empty();
    }
    List<?> statements =
        document.get("Statement") instanceof List<?> list
            ? list
            : document.containsKey("Statement") ? List.of(document.get("Statement")) : List.of();
    List<String> built = new ArrayList<>();
    for (Object statement : statements) {
      Optional<String> code =
          statement instanceof Map<?, ?> map ? statement(map) : Optional.<String>empty();
      if (code.isEmpty()) {
        return Optional.empty();
      }
      built.add(code.get());
    }
    imports.add("software.amazon.awscdk.services.iam.PolicyDocument");
    imports.add("java.util.List");
    String text =
        JavaCode.chain(
            "PolicyDocument.Builder.create()",
            List.of("statements(" + JavaCode.call("List.of", built) + ")", "build()"));
    return Optional.of(JavaCode.of(text, Kind.OBJECT));
  }

  private Optional<String> statement(Map<?, ?> statement) {
    if (!STATEMENT_KEYS.containsAll(statement.keySet())
        || !(statement.get("Effect") instanceof String effect)
        || !(effect.equals("Allow") || effect.equals("Deny"))) {
      return Optional.empty();
    }
    List<String> calls = new ArrayList<>();
    if (statement.get("Sid") instanceof String sid) {
      calls.add("sid(" + JavaLiterals.quoted(sid) + ")");
    } else if (statement.containsKey("Sid")) {
      return Optional.empty();
    }
    imports.add("software.amazon.awscdk.services.iam.Effect");
    calls.add("effect(Effect." + (effect.equals("Allow") ? "ALLOW" : "DENY") + ")");
    for (String key : List.of("Principal", "NotPrincipal")) {
      if (statement.containsKey(key)) {
        Optional<String> principals = principals(statement.get(key));
        if (principals.isEmpty()) {
          return Optional.empty();
        }
        calls.add(
            (key.equals("Principal") ? "principals(" : "notPrincipals(") + principals.get() + ")");
      }
    }
    for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
      if (statement.containsKey(key)) {
        Optional<JavaCode> values = stringList(statement.get(key));
        if (values.isEmpty()) {
          return Optional.empty();
        }
        calls.add(setterFor(key) + "(" + values.get().text() + ")");
      }
    }
    if (statement.containsKey("Condition")) {
      if (!(statement.get("Condition") instanceof Map<?, ?> conditions)) {
        return Optional.empty();
      }
      calls.add("conditions(" + expressions.map(conditions).text() + ")");
    }
    calls.add("build()");
    imports.add("software.amazon.awscdk.services.iam.PolicyStatement");
    return Optional.of(JavaCode.chain("PolicyStatement.Builder.create()", calls));
  }

  private static String setterFor(String key) {
    return switch (key) {
      case "Action" -> "actions";
      case "NotAction" -> "notActions";
      case "Resource" -> "resources";
      default -> "notResources";
    };
  }

  /** A string or a list of strings, none of which a switch may leave out. */
  private Optional<JavaCode> stringList(Object value) {
    List<?> values = value instanceof List<?> list ? list : List.of(value);
    List<JavaCode> elements = new ArrayList<>();
    for (Object element : values) {
      JavaCode code = expressions.value(element);
      if (code.kind() != Kind.STRING || code.mayBeAbsent()) {
        return Optional.empty();
      }
      elements.add(code);
    }
    return Optional.of(expressions.list(elements));
  }

  /**
   * {@code "*"} is the {@code StarPrincipal}; {@code AWS}, {@code Service} and {@code
   * CanonicalUser} entries are ARN, service and canonical-user principals, in the template's order.
   */
  private Optional<String> principals(Object principal) {
    List<String> built = new ArrayList<>();
    if ("*".equals(principal)) {
      imports.add("software.amazon.awscdk.services.iam.StarPrincipal");
      built.add("new StarPrincipal()");
    } else if (principal instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String kind =
            switch (String.valueOf(entry.getKey())) {
              case "AWS" -> "ArnPrincipal";
              case "Service" -> "ServicePrincipal";
              case "CanonicalUser" -> "CanonicalUserPrincipal";
              default -> null;
            };
        Optional<JavaCode> names = kind == null ? Optional.empty() : stringList(entry.getValue());
        if (names.isEmpty()) {
          return Optional.empty();
        }
        imports.add("software.amazon.awscdk.services.iam." + kind);
        List<?> values =
            entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
        for (Object name : values) {
          built.add("new " + kind + "(" + expressions.value(name).text() + ")");
        }
      }
    } else {
      return Optional.empty();
    }
    imports.add("java.util.List");
    return Optional.of(JavaCode.call("List.of", built));
  }
}

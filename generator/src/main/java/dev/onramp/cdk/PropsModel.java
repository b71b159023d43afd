package dev.onramp.cdk;

import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Template parameters as typed props: text stays {@code String}, a {@code true}/{@code false}
 * choice becomes {@code Boolean}, a {@code Number} a {@code Number}, a {@code CommaDelimitedList} a
 * {@code List<String>}. Each default, description and constraint goes into the prop's Javadoc, and
 * each constraint into a check that {@code build()} runs, with the template's ConstraintDescription
 * as the message.
 */
final class PropsModel {
  private final Map<String, PropView> props = new LinkedHashMap<>();
  private final List<PropsView.PatternView> patterns = new ArrayList<>();
  private final Set<String> checkHelpers = new TreeSet<>();
  private final Set<String> imports = new TreeSet<>();

  PropsModel(Map<String, Template.Parameter> parameters) {
    JavaNames names = new JavaNames(Set.of("builder", "build"));
    for (Map.Entry<String, Template.Parameter> entry : parameters.entrySet()) {
      props.put(entry.getKey(), prop(entry.getKey(), entry.getValue(), names));
    }
  }

  /** Template parameter name to prop, in template order. */
  Map<String, PropView> props() {
    return props;
  }

  PropsView view(String packageName, String className, String constructClass, String blueprint) {
    Set<String> helpers = new TreeSet<>(checkHelpers);
    if (helpers.stream().anyMatch(helper -> helper.startsWith("check"))) {
      helpers.add("problem");
    }
    return new PropsView(
        packageName,
        className,
        constructClass,
        blueprint,
        List.copyOf(imports),
        List.copyOf(props.values()),
        patterns,
        List.copyOf(helpers));
  }

  private PropView prop(String parameterName, Template.Parameter parameter, JavaNames names) {
    String name = names.unique(parameterName, "Value");
    String type = javaType(parameter);
    if (type.startsWith("List")) {
      imports.add("java.util.List");
    }
    List<String> javadoc = new ArrayList<>();
    javadoc.add("Template parameter {@code " + parameterName + "}.");
    boolean required = parameter.defaultValue() == null;
    if (required) {
      checkHelpers.add("required");
    }
    javadoc.add(
        required ? "Required: no default." : "Default: " + code(shownDefault(parameter)) + ".");
    List<String> checks = checks(name, type, parameter, javadoc);
    List<String> paragraphs = new ArrayList<>();
    if (parameter.description() != null && !parameter.description().isEmpty()) {
      paragraphs.add(JavaLiterals.javadoc(parameter.description()));
    }
    paragraphs.add(String.join(" ", javadoc));
    return new PropView(
        parameterName,
        name,
        "get" + JavaNames.upperFirst(name),
        type,
        Javadoc.lines(paragraphs, 2),
        required,
        required ? "" : defaultValue(type, parameter.defaultValue()),
        type.startsWith("List") ? name + " == null ? null : List.copyOf(" + name + ")" : name,
        checks,
        parameter.noEcho(),
        parameter.type());
  }

  private static String shownDefault(Template.Parameter parameter) {
    return parameter.defaultValue().isEmpty() ? "\"\"" : parameter.defaultValue();
  }

  static String javaType(Template.Parameter parameter) {
    return switch (parameter.type()) {
      case "Number" -> "Number";
      case "CommaDelimitedList" -> "List<String>";
      default ->
          parameter.allowedValues().size() == 2
                  && parameter.allowedValues().containsAll(List.of("true", "false"))
              ? "Boolean"
              : "String";
    };
  }

  private String defaultValue(String type, String text) {
    return switch (type) {
      case "Boolean" -> Boolean.toString(text.equals("true"));
      case "Number" -> number(text);
      case "List<String>" ->
          text.isEmpty()
              ? "List.of()"
              : JavaCode.call(
                  "List.of",
                  List.of(text.split(",", -1)).stream().map(JavaLiterals::quoted).toList());
      default -> JavaLiterals.quoted(text);
    };
  }

  private String number(String text) {
    if (text.matches("-?\\d{1,9}")) {
      return text;
    }
    imports.add("java.math.BigDecimal");
    return "new BigDecimal(" + JavaLiterals.quoted(text) + ")";
  }

  /** The checks of one prop, each also stated in its Javadoc. */
  private List<String> checks(
      String name, String type, Template.Parameter parameter, List<String> javadoc) {
    List<String> checks = new ArrayList<>();
    boolean text = type.equals("String");
    boolean list = type.startsWith("List");
    String message =
        parameter.constraintDescription() == null || parameter.constraintDescription().isEmpty()
            ? "null"
            : JavaLiterals.quoted(parameter.constraintDescription());
    String secret = Boolean.toString(parameter.noEcho());
    String quotedName = JavaLiterals.quoted(name);
    if ((text || list) && !parameter.allowedValues().isEmpty()) {
      checkHelpers.add("checkAllowed");
      imports.add("java.util.List");
      String allowed =
          JavaCode.call(
              "List.of", parameter.allowedValues().stream().map(JavaLiterals::quoted).toList());
      checks.add(
          each(
              list,
              name,
              value ->
                  "checkAllowed("
                      + quotedName
                      + ", "
                      + value
                      + ", "
                      + allowed
                      + ", "
                      + message
                      + ", "
                      + secret
                      + ")"));
      javadoc.add("Allowed values: " + code(String.join(", ", parameter.allowedValues())) + ".");
    }
    if ((text || list) && parameter.allowedPattern() != null) {
      checkHelpers.add("checkPattern");
      imports.add("java.util.regex.Pattern");
      String constant = constantName(name) + "_PATTERN";
      patterns.add(
          new PropsView.PatternView(constant, JavaLiterals.quoted(parameter.allowedPattern())));
      checks.add(
          each(
              list,
              name,
              value ->
                  "checkPattern("
                      + quotedName
                      + ", "
                      + value
                      + ", "
                      + constant
                      + ", "
                      + message
                      + ", "
                      + secret
                      + ")"));
      javadoc.add(
          (list ? "Each must match " : "Must match ") + code(parameter.allowedPattern()) + ".");
    }
    if (text && (parameter.minLength() != null || parameter.maxLength() != null)) {
      checkHelpers.add("checkLength");
      int min = parameter.minLength() == null ? 0 : parameter.minLength();
      String max =
          parameter.maxLength() == null ? "Integer.MAX_VALUE" : parameter.maxLength().toString();
      checks.add(
          "checkLength("
              + String.join(", ", quotedName, name, Integer.toString(min), max, message, secret)
              + ");");
      javadoc.add(
          "Length: "
              + min
              + (parameter.maxLength() == null ? " or more" : " to " + parameter.maxLength())
              + " characters.");
    }
    if (parameter.constraintDescription() != null && !parameter.constraintDescription().isEmpty()) {
      javadoc.add(JavaLiterals.javadoc(parameter.constraintDescription()));
    }
    return checks;
  }

  /**
   * A template value in the Javadoc: {@code <code>} rather than <code>{@code}</code>, whose text
   * cannot hold an unbalanced brace and whose entities would print as they are.
   */
  private static String code(String value) {
    return "<code>" + JavaLiterals.javadoc(value) + "</code>";
  }

  /** A check of the value, or of each element of a list. */
  private static String each(boolean list, String name, UnaryOperator<String> check) {
    return list
        ? name + ".forEach(element -> " + check.apply("element") + ");"
        : check.apply(name) + ";";
  }

  /** {@code externalId} to {@code EXTERNAL_ID}. */
  private static String constantName(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}

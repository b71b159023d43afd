package dev.onramp.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.TemplateReader;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in, in this test tree only, for the equivalence harness of the other work stream ({@code
 * TemplateEvaluator.evaluate} and {@code SynthesizedTemplates.normalize/differences}), with the
 * same three steps: the direct template under given parameter values, the synthesized template
 * without CDK's own metadata, and their differences, IAM compared by the policy review's {@link
 * PolicyDiff}. It works on JSON trees. When those classes are merged, {@link CdkSynthesisTest}
 * calls them instead and this class goes.
 *
 * <p>What "under given parameter values" means here, and what the constructs do: a condition
 * without a pseudo parameter is decided (its resources, outputs and {@code Fn::If} branches kept or
 * dropped, {@code AWS::NoValue} left out); one with a pseudo parameter stays, its parameter
 * references replaced by their values and references to decided conditions by their (replaced)
 * expressions; a rule without a pseudo parameter is checked and dropped; a {@code Fn::Sub} whose
 * variables were all parameters becomes plain text.
 */
final class TemplateEquivalence {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");
  private static final Map<String, Object> NO_VALUE = Map.of("Ref", "AWS::NoValue");

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Object> conditions;
  private final Map<String, Boolean> decided = new LinkedHashMap<>();

  private TemplateEquivalence(Map<String, Object> tree, Map<String, Object> given) {
    map(tree.get("Parameters"))
        .forEach(
            (name, declaration) -> {
              Map<String, Object> parameter = map(declaration);
              Object value = given.containsKey(name) ? given.get(name) : parameter.get("Default");
              if (value == null) {
                throw new IllegalArgumentException("no value for parameter " + name);
              }
              if ("CommaDelimitedList".equals(parameter.get("Type")) && value instanceof String s) {
                value = s.isEmpty() ? List.of() : List.of(s.split(",", -1));
              }
              values.put(name, value);
            });
    this.conditions = map(tree.get("Conditions"));
    conditions.keySet().forEach(name -> isDecided(Map.of("Condition", name)));
  }

  /** The direct template under {@code parameterValues}, as a JSON tree. */
  static Map<String, Object> evaluate(Template template, Map<String, Object> parameterValues) {
    Map<String, Object> tree = parse(JsonTemplateWriter.write(template));
    TemplateEquivalence evaluation = new TemplateEquivalence(tree, parameterValues);
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, Object> deployTime = new LinkedHashMap<>();
    evaluation.conditions.forEach(
        (name, expression) -> {
          if (!evaluation.decided.containsKey(name)) {
            deployTime.put(name, evaluation.condition(expression));
          }
        });
    putIfNotEmpty(result, "Conditions", deployTime);
    Map<String, Object> rules = new LinkedHashMap<>();
    map(tree.get("Rules")).forEach((name, rule) -> evaluation.rule(name, map(rule), rules));
    putIfNotEmpty(result, "Rules", rules);
    putIfNotEmpty(result, "Resources", evaluation.entries(map(tree.get("Resources"))));
    putIfNotEmpty(result, "Outputs", evaluation.entries(map(tree.get("Outputs"))));
    return result;
  }

  /** The synthesized template without what the CDK adds of its own. */
  static Map<String, Object> normalize(String synthesizedJson) {
    Map<String, Object> tree = parse(synthesizedJson);
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, Object> resources = new LinkedHashMap<>();
    map(tree.get("Resources"))
        .forEach(
            (id, value) -> {
              Map<String, Object> resource = new LinkedHashMap<>(map(value));
              if ("AWS::CDK::Metadata".equals(resource.get("Type"))) {
                return;
              }
              Map<String, Object> metadata = new LinkedHashMap<>(map(resource.get("Metadata")));
              metadata.keySet().removeIf(key -> key.startsWith("aws:cdk:"));
              resource.remove("Metadata");
              putIfNotEmpty(resource, "Metadata", metadata);
              resources.put(id, resource);
            });
    Map<String, Object> conditions = new LinkedHashMap<>(map(tree.get("Conditions")));
    conditions.remove("CDKMetadataAvailable");
    Map<String, Object> rules = new LinkedHashMap<>(map(tree.get("Rules")));
    rules.remove("CheckBootstrapVersion");
    putIfNotEmpty(result, "Conditions", conditions);
    putIfNotEmpty(result, "Rules", rules);
    putIfNotEmpty(result, "Resources", resources);
    putIfNotEmpty(result, "Outputs", map(tree.get("Outputs")));
    return result;
  }

  /**
   * What differs: resources, conditions, rules and outputs, each in a canonical form where a
   * policy's statements, actions, resources and principals are sets; and the access the two
   * templates grant, by the policy review's inventory and diff.
   */
  static List<String> differences(Map<String, Object> expected, Map<String, Object> synthesized) {
    List<String> differences = new ArrayList<>();
    for (String section : List.of("Conditions", "Rules", "Resources", "Outputs")) {
      Map<String, Object> want = map(expected.get(section));
      Map<String, Object> got = map(synthesized.get(section));
      for (String name : union(want.keySet(), got.keySet())) {
        if (!got.containsKey(name)) {
          differences.add(section + "." + name + " is missing");
        } else if (!want.containsKey(name)) {
          differences.add(section + "." + name + " is extra: " + text(got.get(name)));
        } else if (!text(canonical(want.get(name))).equals(text(canonical(got.get(name))))) {
          differences.add(
              section
                  + "."
                  + name
                  + " differs\n  expected: "
                  + text(canonical(want.get(name)))
                  + "\n  actual:   "
                  + text(canonical(got.get(name))));
        }
      }
    }
    PolicyDiff access =
        PolicyDiff.between(
            PolicyInventory.of(TemplateReader.read(text(expected))),
            PolicyInventory.of(TemplateReader.read(text(synthesized))));
    if (!access.isEmpty()) {
      differences.add("IAM access differs:\n" + String.join("\n", access.render()));
    }
    return differences;
  }

  // --- evaluation ---

  private boolean isDecided(Object expression) {
    if (expression instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("Condition")) {
      String name = (String) map.get("Condition");
      if (decided.containsKey(name)) {
        return true;
      }
      if (!hasPseudoParameter(expression)) {
        decided.put(name, truth(conditions.get(name)));
        return true;
      }
      return false;
    }
    return !hasPseudoParameter(expression);
  }

  private boolean hasPseudoParameter(Object expression) {
    if (expression instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.get("Ref") instanceof String name) {
        return name.startsWith("AWS::");
      }
      if (map.size() == 1 && map.get("Condition") instanceof String name) {
        return hasPseudoParameter(conditions.get(name));
      }
      return map.values().stream().anyMatch(this::hasPseudoParameter);
    }
    if (expression instanceof List<?> list) {
      return list.stream().anyMatch(this::hasPseudoParameter);
    }
    return false;
  }

  private boolean truth(Object expression) {
    Map<String, Object> function = map(expression);
    Map.Entry<String, Object> only = function.entrySet().iterator().next();
    List<?> arguments = only.getValue() instanceof List<?> list ? list : List.of(only.getValue());
    return switch (only.getKey()) {
      case "Condition" -> {
        isDecided(function);
        yield decided.get((String) only.getValue());
      }
      case "Fn::Equals" ->
          Objects.equals(
              String.valueOf(value(arguments.get(0))), String.valueOf(value(arguments.get(1))));
      case "Fn::Not" -> !truth(arguments.get(0));
      case "Fn::And" -> arguments.stream().allMatch(this::truth);
      case "Fn::Or" -> arguments.stream().anyMatch(this::truth);
      default -> throw new IllegalArgumentException("not a condition: " + expression);
    };
  }

  /** A condition decided at deployment: parameters replaced, decided conditions inlined. */
  private Object condition(Object expression) {
    if (expression instanceof Map<?, ?> map && map.size() == 1) {
      if (map.get("Condition") instanceof String name) {
        return decided.containsKey(name) ? condition(conditions.get(name)) : map;
      }
      if (map.get("Ref") instanceof String) {
        return value(map);
      }
      Map.Entry<?, ?> only = map.entrySet().iterator().next();
      return Map.of(only.getKey(), condition(only.getValue()));
    }
    if (expression instanceof List<?> list) {
      return list.stream().map(this::condition).toList();
    }
    return expression;
  }

  private void rule(String name, Map<String, Object> rule, Map<String, Object> rules) {
    List<Object> assertions = new ArrayList<>();
    boolean allDecided = true;
    for (Object assertion : (List<?>) rule.get("Assertions")) {
      Map<String, Object> parts = new LinkedHashMap<>(map(assertion));
      if (isDecided(parts.get("Assert"))) {
        if (!truth(parts.get("Assert"))) {
          throw new IllegalArgumentException("rule " + name + " fails: " + parts);
        }
      } else {
        allDecided = false;
        parts.put("Assert", condition(parts.get("Assert")));
      }
      assertions.add(parts);
    }
    if (!allDecided) {
      rules.put(name, Map.of("Assertions", assertions));
    }
  }

  private Map<String, Object> entries(Map<String, Object> entries) {
    Map<String, Object> kept = new LinkedHashMap<>();
    entries.forEach(
        (name, value) -> {
          Map<String, Object> entry = new LinkedHashMap<>(map(value));
          if (entry.get("Condition") instanceof String condition
              && decided.containsKey(condition)) {
            if (!decided.get(condition)) {
              return;
            }
            entry.remove("Condition");
          }
          kept.put(name, value(entry));
        });
    return kept;
  }

  /** A value with parameters replaced, decided choices made, left-out values dropped. */
  private Object value(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.get("Ref") instanceof String name) {
        return values.containsKey(name) ? values.get(name) : map;
      }
      if (map.size() == 1 && map.get("Fn::If") instanceof List<?> choice) {
        String condition = (String) choice.get(0);
        if (decided.containsKey(condition)) {
          return value(choice.get(decided.get(condition) ? 1 : 2));
        }
        return Map.of("Fn::If", List.of(condition, value(choice.get(1)), value(choice.get(2))));
      }
      if (map.size() == 1 && map.get("Fn::Sub") instanceof String text) {
        return sub(text);
      }
      if (map.size() == 1 && map.get("Fn::Join") instanceof List<?> join) {
        Object parts = value(join.get(1));
        if (parts instanceof List<?> list && list.stream().allMatch(p -> p instanceof String)) {
          return String.join((String) join.get(0), list.stream().map(String.class::cast).toList());
        }
        return Map.of("Fn::Join", List.of(join.get(0), parts));
      }
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach(
          (key, element) -> {
            Object evaluated = value(element);
            if (!NO_VALUE.equals(evaluated)) {
              result.put((String) key, evaluated);
            }
          });
      return result;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(this::value).filter(element -> !NO_VALUE.equals(element)).toList();
    }
    return value;
  }

  private Object sub(String text) {
    StringBuilder out = new StringBuilder();
    Matcher matcher = SUB_VARIABLE.matcher(text);
    boolean keepsVariables = false;
    while (matcher.find()) {
      if (matcher.group(1).isEmpty() && values.containsKey(matcher.group(2))) {
        Object value = values.get(matcher.group(2));
        String shown =
            value instanceof Collection<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        matcher.appendReplacement(out, Matcher.quoteReplacement(shown.replace("${", "${!")));
      } else {
        keepsVariables |= matcher.group(1).isEmpty();
        matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
      }
    }
    matcher.appendTail(out);
    return keepsVariables ? Map.of("Fn::Sub", out.toString()) : out.toString().replace("${!", "${");
  }

  // --- comparison ---

  /** Maps sorted by key; in a policy document, statements and their lists as sorted sets. */
  private static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new TreeMap<>();
      map.forEach((key, element) -> result.put((String) key, canonical(element)));
      if (result.get("Statement") != null) {
        List<Object> statements = new ArrayList<>();
        for (Object statement : asList(result.get("Statement"))) {
          statements.add(statement(map(statement)));
        }
        statements.sort((a, b) -> text(a).compareTo(text(b)));
        result.put("Statement", statements);
      }
      if (result.get("DependsOn") != null) {
        result.put("DependsOn", sorted(asList(result.get("DependsOn"))));
      }
      return result;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TemplateEquivalence::canonical).toList();
    }
    return value;
  }

  private static Map<String, Object> statement(Map<String, Object> statement) {
    Map<String, Object> result = new TreeMap<>(statement);
    for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
      if (result.containsKey(key)) {
        result.put(key, sorted(asList(result.get(key))));
      }
    }
    for (String key : List.of("Principal", "NotPrincipal", "Condition")) {
      if (result.get(key) instanceof Map<?, ?> map) {
        Map<String, Object> sets = new TreeMap<>();
        map.forEach(
            (name, inner) ->
                sets.put(
                    (String) name,
                    inner instanceof Map<?, ?> values
                        ? new TreeMap<>(
                            values.entrySet().stream()
                                .collect(
                                    java.util.stream.Collectors.toMap(
                                        e -> (String) e.getKey(),
                                        e -> (Object) sorted(asList(e.getValue())))))
                        : sorted(asList(inner))));
        result.put(key, sets);
      }
    }
    return result;
  }

  private static List<Object> sorted(List<?> values) {
    List<Object> result = new ArrayList<>(values);
    result.sort((a, b) -> text(a).compareTo(text(b)));
    return result;
  }

  private static List<?> asList(Object value) {
    return value instanceof List<?> list ? list : List.of(value);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  private static void putIfNotEmpty(Map<String, Object> node, String key, Map<String, ?> value) {
    if (!value.isEmpty()) {
      node.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    try {
      return JSON.readValue(json, LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String text(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

package dev.onramp.compile.resources;

import dev.onramp.aws.Partition;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the values of a raw resource as written in the blueprint (plain maps, lists and scalars)
 * into template values: long-form intrinsic functions become the template model's {@link Fn}, so
 * the writers, the review, the checks and the CDK generator read them like generated ones. On the
 * way it collects every name referred to and every problem: a malformed or unknown function, one
 * that has no place in a resource, and a partition written into an ARN.
 */
final class RawValues {
  /** Functions without a record in the template model: kept in their long form, as written. */
  private static final Set<String> KEPT_AS_WRITTEN =
      Set.of(
          "Fn::Select",
          "Fn::Split",
          "Fn::Base64",
          "Fn::GetAZs",
          "Fn::ImportValue",
          "Fn::Cidr",
          "Fn::Length",
          "Fn::ToJsonString");

  private final List<RawReference> references = new ArrayList<>();
  private final List<RawProblem> problems = new ArrayList<>();

  List<RawReference> references() {
    return Collections.unmodifiableList(references);
  }

  List<RawProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** {@code value}, written at {@code path}, as a template value. */
  Object read(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      boolean function =
          map.size() == 1
              && (isFunction(onlyKey(map))
                  || onlyKey(map).equals("Condition") && map.get("Condition") instanceof String);
      return function ? function(map, path) : mapping(map, path);
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(read(list.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(items);
    }
    if (value instanceof String text) {
      checkPartition(text, path);
    }
    return value;
  }

  private Map<String, Object> mapping(Map<?, ?> map, String path) {
    Map<String, Object> values = new LinkedHashMap<>();
    map.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          if (isFunction(name)) {
            problem(
                DiagnosticCode.INVALID_RAW_RESOURCE,
                path + "." + name,
                "'" + name + "' is written next to other keys, so it is not a function call",
                "write the function as a mapping of its own key only, such as {" + name + ": …}");
          }
          values.put(name, read(value, path + "." + name));
        });
    return Collections.unmodifiableMap(values);
  }

  private Object function(Map<?, ?> map, String path) {
    String key = onlyKey(map);
    Object argument = map.get(key);
    String at = path + "." + key;
    switch (key) {
      case "Ref":
        return name(argument, at, "{Ref: Name}")
            .map(
                name -> {
                  references.add(new RawReference(RawReference.Kind.VALUE, name, at));
                  return (Object) Fn.ref(name);
                })
            .orElse(map);
      case "Fn::GetAtt":
        return getAtt(argument, at);
      case "Fn::Sub":
        return sub(argument, at);
      case "Fn::If":
        {
          if (!(argument instanceof List<?> args && args.size() == 3)) {
            return malformed(key, at, "{Fn::If: [Condition, valueIfTrue, valueIfFalse]}", map);
          }
          return name(args.get(0), at + "[0]", "{Fn::If: [Condition, …]}")
              .map(
                  condition -> {
                    references.add(
                        new RawReference(
                            RawReference.Kind.CONDITION, condition, at + "[0]", "Fn::If"));
                    return (Object)
                        Fn.ifThen(
                            condition,
                            read(args.get(1), at + "[1]"),
                            read(args.get(2), at + "[2]"));
                  })
              .orElse(map);
        }
      case "Fn::Join":
        if (!(argument instanceof List<?> args
            && args.size() == 2
            && args.get(0) instanceof String delimiter)) {
          return malformed(key, at, "{Fn::Join: [delimiter, [values]]}", map);
        }
        return new Fn.Join(delimiter, read(args.get(1), at + "[1]"));
      case "Fn::FindInMap":
        problem(
            DiagnosticCode.INVALID_RAW_RESOURCE,
            at,
            "Fn::FindInMap reads a Mappings section, which an Onramp template has none of",
            "write the value itself, or choose it with {Fn::If: [Condition, a, b]}");
        return map;
      case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition":
        problem(
            DiagnosticCode.INVALID_RAW_RESOURCE,
            at,
            key + " belongs in a Condition, not in a resource",
            "switch the resource with 'when:' or name a generated condition with 'condition:', or"
                + " choose a value with {Fn::If: [Condition, a, b]}");
        return map;
      default:
        if (KEPT_AS_WRITTEN.contains(key)) {
          return Map.of(key, read(argument, at));
        }
        problem(
            DiagnosticCode.INVALID_RAW_RESOURCE,
            at,
            "'" + key + "' is not a CloudFormation intrinsic function",
            "use Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Join or one of "
                + String.join(", ", KEPT_AS_WRITTEN.stream().sorted().toList()));
        return map;
    }
  }

  private Object getAtt(Object argument, String at) {
    String resource;
    Object attribute;
    if (argument instanceof String text && text.indexOf('.') > 0 && !text.endsWith(".")) {
      resource = text.substring(0, text.indexOf('.'));
      attribute = text.substring(text.indexOf('.') + 1);
    } else if (argument instanceof List<?> args
        && args.size() == 2
        && args.get(0) instanceof String name
        && !name.isEmpty()) {
      resource = name;
      attribute = args.get(1);
    } else {
      return malformed(
          "Fn::GetAtt", at, "{Fn::GetAtt: [Resource, Attribute]}", Map.of("Fn::GetAtt", argument));
    }
    references.add(new RawReference(RawReference.Kind.ATTRIBUTE, resource, at));
    if (attribute instanceof String name) {
      return Fn.getAtt(resource, name);
    }
    // An attribute chosen by a function has no record in the model: keep the long form.
    return Map.of("Fn::GetAtt", List.of(resource, read(attribute, at + "[1]")));
  }

  /**
   * {@code Fn::Sub} with a text, or with a text and its variables. Variables whose values are
   * texts, {@code Ref}s or {@code GetAtt}s are folded into the text, which is what the function
   * evaluates to and how the template model holds a {@code Sub}; others keep the long form.
   */
  private Object sub(Object argument, String at) {
    if (argument instanceof String text) {
      checkPartition(text, at);
      subReferences(text, Map.of(), at);
      return Fn.sub(text);
    }
    if (!(argument instanceof List<?> args
        && args.size() == 2
        && args.get(0) instanceof String text
        && args.get(1) instanceof Map<?, ?> variables)) {
      return malformed("Fn::Sub", at, "{Fn::Sub: text} or {Fn::Sub: [text, {Name: value}]}", null);
    }
    checkPartition(text, at + "[0]");
    subReferences(text, variables, at + "[0]");
    Map<String, Object> values = new LinkedHashMap<>();
    boolean foldable = true;
    for (Map.Entry<?, ?> variable : variables.entrySet()) {
      String name = String.valueOf(variable.getKey());
      Object value = read(variable.getValue(), at + "[1]." + name);
      values.put(name, value);
      foldable &= value instanceof String || value instanceof Fn.Ref || value instanceof Fn.GetAtt;
    }
    if (!foldable) {
      return Map.of("Fn::Sub", List.of(text, Collections.unmodifiableMap(values)));
    }
    StringBuilder folded = new StringBuilder();
    for (SubText.Part part : SubText.parse(text)) {
      Object value = part instanceof SubText.Variable variable ? values.get(variable.name()) : null;
      folded.append(
          value == null
              ? part.raw()
              : value instanceof String literal
                  ? SubText.escape(literal)
                  : CanonicalText.of(value));
    }
    return Fn.sub(folded.toString());
  }

  private void subReferences(String text, Map<?, ?> variables, String at) {
    for (SubText.Part part : SubText.parse(text)) {
      if (part instanceof SubText.Variable variable && !variables.containsKey(variable.name())) {
        int dot = variable.name().indexOf('.');
        references.add(
            dot < 0
                ? new RawReference(RawReference.Kind.VALUE, variable.name(), at, variable.raw())
                : new RawReference(
                    RawReference.Kind.ATTRIBUTE,
                    variable.name().substring(0, dot),
                    at,
                    variable.raw()));
      }
    }
  }

  private void checkPartition(String text, String path) {
    Matcher literal = Partition.LITERAL_IN_ARN.matcher(text);
    if (literal.find()) {
      String rest = text.substring(literal.end());
      problem(
          DiagnosticCode.RAW_PARTITION_LITERAL,
          path,
          "the partition literal '"
              + literal.group()
              + "' makes the resource deploy in that partition only",
          "write {Fn::Sub: \"arn:${AWS::Partition}:"
              + (rest.length() > 40 ? rest.substring(0, 40) + "…" : rest)
              + "\"}; raw resources are written as they are, never rewritten");
    }
  }

  private java.util.Optional<String> name(Object argument, String at, String form) {
    if (argument instanceof String name && !name.isEmpty()) {
      return java.util.Optional.of(name);
    }
    problem(
        DiagnosticCode.INVALID_RAW_RESOURCE,
        at,
        "expected a name here, found " + CanonicalText.of(argument),
        "write " + form);
    return java.util.Optional.empty();
  }

  private Object malformed(String function, String at, String form, Object asWritten) {
    problem(
        DiagnosticCode.INVALID_RAW_RESOURCE,
        at,
        function + " is not written in its long form's shape",
        "write " + form);
    return asWritten == null ? Map.of() : asWritten;
  }

  private void problem(DiagnosticCode code, String path, String message, String fix) {
    problems.add(new RawProblem(code, path, message, fix));
  }

  /**
   * Whether {@code key} names a function. {@code Condition} does only alone and with a name, since
   * a policy statement's {@code Condition} holds a map.
   */
  private static boolean isFunction(String key) {
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  private static String onlyKey(Map<?, ?> map) {
    return String.valueOf(map.keySet().iterator().next());
  }
}

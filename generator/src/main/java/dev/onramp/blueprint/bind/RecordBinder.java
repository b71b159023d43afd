package dev.onramp.blueprint.bind;

import dev.onramp.blueprint.schema.Alias;
import dev.onramp.blueprint.schema.CloudFormationValue;
import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Forbidden;
import dev.onramp.blueprint.schema.Key;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.OneOrMany;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import dev.onramp.blueprint.schema.ScalarForm;
import dev.onramp.blueprint.yaml.YamlNode;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a located YAML tree to immutable records by reflection on their components. The records are
 * the single description of the language: this binder checks documents against them and {@link
 * SchemaWriter} publishes them as JSON Schema, so the two cannot drift apart.
 *
 * <p>Every problem is collected with its location; a component that cannot be bound is left null so
 * binding continues and reports the rest of the document in the same run.
 */
public final class RecordBinder {
  /** Each record class's shape, found once: reflection on every binding was most of reading. */
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return new Shape(type);
        }
      };

  /** Compiled {@link Pattern} annotations, by regular expression. */
  private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** Unknown keys of one mapping reported one by one; the rest are counted in one error. */
  static final int MAX_UNKNOWN_KEYS_NAMED = 20;

  /** A whole number as YAML and JSON print it: no sign but minus, no leading zero. */
  private static final java.util.regex.Pattern WHOLE_NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,17})");

  private final List<Diagnostic> problems = new ArrayList<>();

  /** Where a key written in its second spelling is, under the path of its first ({@link Alias}). */
  private final Map<String, SourceLocation> spellings = new LinkedHashMap<>();

  /**
   * What binding needs of a record class: its components (the same objects each time, so their
   * generic types and annotations are parsed once), their keys, and the canonical constructor.
   */
  private static final class Shape {
    final ScalarForm scalarForm;
    final RecordComponent[] components;
    final List<String> keys;

    /** Each component's second spelling ({@link Alias}), or null. */
    final String[] aliases;

    /** The keys and their second spellings: every key a mapping of this record may hold. */
    final List<String> allowed;

    final Type[] genericTypes;
    final boolean[] required;
    final Constructor<?> constructor;

    Shape(Class<?> type) {
      scalarForm = type.getAnnotation(ScalarForm.class);
      components = type.getRecordComponents();
      keys = Arrays.stream(components).map(RecordBinder::key).toList();
      aliases = Arrays.stream(components).map(RecordBinder::alias).toArray(String[]::new);
      List<String> all = new ArrayList<>(keys);
      Arrays.stream(aliases).filter(java.util.Objects::nonNull).forEach(all::add);
      allowed = List.copyOf(all);
      genericTypes = new Type[components.length];
      required = new boolean[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        genericTypes[i] = components[i].getGenericType();
        required[i] = components[i].isAnnotationPresent(Required.class);
        types[i] = components[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
      }
    }
  }

  public List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  /**
   * The keys written in their second spelling ({@code Action}), by the path of the first ({@code
   * roles[0].statements[0].action}), which is the path the checks after binding report at.
   */
  public Map<String, SourceLocation> spellings() {
    return java.util.Collections.unmodifiableMap(spellings);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public <T extends Record> T bind(YamlNode node, Class<T> type) {
    return type.cast(bindValue(node, type, null));
  }

  private Object bindValue(YamlNode node, Type type, RecordComponent component) {
    if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
      return null;
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        return bindList(node, arguments[0], component);
      }
      if (raw == Map.class) {
        if (component != null && component.isAnnotationPresent(CloudFormationValue.class)) {
          return node instanceof YamlNode.Mapping ? typed(node) : wrongType(node, "a mapping");
        }
        return bindMap(node, arguments[1]);
      }
      throw new IllegalStateException("unsupported model type " + type);
    }
    Class<?> target = (Class<?>) type;
    if (target.isRecord()) {
      return bindRecord(node, target);
    }
    if (target == Object.class) {
      return plain(node);
    }
    if (!(node instanceof YamlNode.Scalar scalar)) {
      return wrongType(node, describe(target));
    }
    String text = scalar.text();
    if (target == String.class) {
      return checkPattern(scalar, text, component);
    }
    if (target == Integer.class) {
      return bindInteger(scalar, component);
    }
    if (target == Boolean.class) {
      if (!scalar.quoted() && (text.equals("true") || text.equals("false"))) {
        return Boolean.valueOf(text);
      }
      return wrongType(node, "true or false");
    }
    if (target.isEnum()) {
      return bindEnum(scalar, target);
    }
    throw new IllegalStateException("unsupported model type " + type);
  }

  private Object bindRecord(YamlNode node, Class<?> type) {
    Shape shape = SHAPES.get(type);
    if (node instanceof YamlNode.Scalar && shape.scalarForm != null) {
      return construct(type, Map.of(shape.scalarForm.value(), node), node.location());
    }
    if (!(node instanceof YamlNode.Mapping mapping)) {
      return wrongType(node, "a mapping");
    }
    int unknown = 0;
    for (Map.Entry<String, SourceLocation> key : mapping.keys().entrySet()) {
      if (shape.allowed.contains(key.getKey())) {
        continue;
      }
      // A file of thousands of stray keys is not a blueprint: name a few, count the rest.
      if (++unknown <= MAX_UNKNOWN_KEYS_NAMED) {
        problems.add(unknownKey(type, key.getKey(), key.getValue(), shape.keys));
      }
    }
    if (unknown > MAX_UNKNOWN_KEYS_NAMED) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.UNKNOWN_KEY,
              mapping.location(),
              String.format(
                  java.util.Locale.ROOT,
                  "%,d more unknown keys in this mapping",
                  unknown - MAX_UNKNOWN_KEYS_NAMED),
              "check that this file is a blueprint; the keys allowed here are "
                  + String.join(", ", shape.keys)));
    }
    for (int i = 0; i < shape.aliases.length; i++) {
      String alias = shape.aliases[i];
      if (alias != null && mapping.keys().containsKey(alias)) {
        String key = shape.keys.get(i);
        SourceLocation written = mapping.keys().get(alias);
        String path = childPath(mapping.location().yamlPath(), key);
        spellings.putIfAbsent(
            path, new SourceLocation(written.file(), written.line(), written.column(), path));
        if (mapping.keys().containsKey(key)) {
          problems.add(
              Diagnostic.error(
                  DiagnosticCode.KEY_SPELLED_TWICE,
                  mapping.keys().get(alias),
                  "'" + key + "' is written twice, as '" + key + "' and as '" + alias + "'",
                  "both spellings name the same key (IAM's '"
                      + alias
                      + "' and Onramp's '"
                      + key
                      + "'); keep one of them"));
        }
      }
    }
    return construct(type, mapping.entries(), mapping.location());
  }

  private Object construct(Class<?> type, Map<String, YamlNode> entries, SourceLocation where) {
    Shape shape = SHAPES.get(type);
    Object[] values = new Object[shape.components.length];
    for (int i = 0; i < shape.components.length; i++) {
      RecordComponent component = shape.components[i];
      String key = shape.keys.get(i);
      YamlNode value = entries.get(key);
      if (value == null && shape.aliases[i] != null) {
        value = entries.get(shape.aliases[i]);
      }
      boolean absent =
          value == null || (value instanceof YamlNode.Scalar scalar && scalar.isNull());
      if (absent) {
        if (shape.required[i]) {
          String path = childPath(where.yamlPath(), key);
          problems.add(
              Diagnostic.error(
                  DiagnosticCode.MISSING_KEY,
                  new SourceLocation(where.file(), where.line(), where.column(), path),
                  "missing required key '" + key + "'",
                  docHint(component)));
        }
        continue;
      }
      values[i] = bindValue(value, shape.genericTypes[i], component);
    }
    try {
      return shape.constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      // Compact constructors only fill defaults; a failure there is a bug, not bad input.
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private Object bindList(YamlNode node, Type itemType, RecordComponent component) {
    if (node instanceof YamlNode.Sequence sequence) {
      List<Object> items = new ArrayList<>();
      for (YamlNode item : sequence.items()) {
        Object bound = bindValue(item, itemType, component);
        if (bound != null) {
          items.add(bound);
        }
      }
      return List.copyOf(items);
    }
    if (node instanceof YamlNode.Scalar
        && component != null
        && component.isAnnotationPresent(OneOrMany.class)) {
      Object bound = bindValue(node, itemType, component);
      return bound == null ? List.of() : List.of(bound);
    }
    return wrongType(node, "a list");
  }

  private Object bindMap(YamlNode node, Type valueType) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      return wrongType(node, "a mapping");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
      Object bound = bindValue(entry.getValue(), valueType, null);
      if (bound != null) {
        values.put(entry.getKey(), bound);
      }
    }
    return java.util.Collections.unmodifiableMap(values);
  }

  private Object bindInteger(YamlNode.Scalar scalar, RecordComponent component) {
    long value;
    try {
      value = Long.parseLong(scalar.text());
    } catch (NumberFormatException e) {
      return wrongType(scalar, "a whole number");
    }
    Range range = component == null ? null : component.getAnnotation(Range.class);
    if (range != null && (value < range.min() || value > range.max())) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.INVALID_VALUE,
              scalar.location(),
              "value " + value + " is out of range",
              "use a number from " + range.min() + " to " + range.max()));
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      return wrongType(scalar, "a whole number");
    }
    return (int) value;
  }

  private Object bindEnum(YamlNode.Scalar scalar, Class<?> type) {
    List<String> labels = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String label = label(constant);
      if (label.equals(scalar.text())) {
        return constant;
      }
      labels.add(label);
    }
    problems.add(
        Diagnostic.error(
            DiagnosticCode.INVALID_VALUE,
            scalar.location(),
            "'" + scalar.text() + "' is not a valid value",
            DidYouMean.hint(scalar.text(), labels)));
    return null;
  }

  private Object checkPattern(YamlNode.Scalar scalar, String text, RecordComponent component) {
    Pattern pattern = component == null ? null : component.getAnnotation(Pattern.class);
    if (pattern != null
        && !PATTERNS
            .computeIfAbsent(pattern.value(), java.util.regex.Pattern::compile)
            .matcher(text)
            .matches()) {
      problems.add(
          Diagnostic.error(
              DiagnosticCode.INVALID_VALUE,
              scalar.location(),
              "'" + text + "' is not valid here",
              "use " + pattern.meaning()));
      return null;
    }
    return text;
  }

  private Object wrongType(YamlNode node, String expected) {
    problems.add(
        Diagnostic.error(
            DiagnosticCode.WRONG_TYPE,
            node.location(),
            "expected " + expected + ", found " + node.kindName(),
            "write " + expected + " here"));
    return null;
  }

  private static Diagnostic unknownKey(
      Class<?> type, String key, SourceLocation where, List<String> known) {
    for (Forbidden forbidden : type.getAnnotationsByType(Forbidden.class)) {
      if (forbidden.key().equals(key)) {
        return Diagnostic.error(
            DiagnosticCode.UNKNOWN_KEY,
            where,
            "key '" + key + "' is not allowed here",
            forbidden.why());
      }
    }
    return Diagnostic.error(
        DiagnosticCode.UNKNOWN_KEY,
        where,
        "unknown key '" + key + "'",
        DidYouMean.hint(key, known));
  }

  /** Plain Java values (String, List, Map) for free-form parts such as IAM conditions. */
  static Object plain(YamlNode node) {
    if (node instanceof YamlNode.Mapping mapping) {
      Map<String, Object> values = new LinkedHashMap<>();
      mapping.entries().forEach((key, value) -> values.put(key, plain(value)));
      return java.util.Collections.unmodifiableMap(values);
    }
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence.items().stream().map(RecordBinder::plain).toList();
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    return scalar.isNull() ? "" : scalar.text();
  }

  /**
   * Plain Java values like {@link #plain}, but a scalar written unquoted keeps its YAML type:
   * {@code true} and {@code false} become booleans, whole numbers numbers. CloudFormation values (a
   * raw resource's properties) are written to the template as they were typed.
   */
  static Object typed(YamlNode node) {
    if (node instanceof YamlNode.Mapping mapping) {
      Map<String, Object> values = new LinkedHashMap<>();
      mapping.entries().forEach((key, value) -> values.put(key, typed(value)));
      return java.util.Collections.unmodifiableMap(values);
    }
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence.items().stream().map(RecordBinder::typed).toList();
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    if (scalar.isNull() || scalar.quoted()) {
      return scalar.isNull() ? "" : scalar.text();
    }
    String text = scalar.text();
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (WHOLE_NUMBER.matcher(text).matches()) {
      long value = Long.parseLong(text);
      return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE
          ? (Object) (int) value
          : value;
    }
    return text;
  }

  static String label(Object constant) {
    return constant instanceof Labeled labeled ? labeled.label() : ((Enum<?>) constant).name();
  }

  private static String describe(Class<?> target) {
    if (target == String.class) {
      return "a string";
    }
    if (target == Integer.class) {
      return "a whole number";
    }
    if (target == Boolean.class) {
      return "true or false";
    }
    return "a value";
  }

  private static String docHint(RecordComponent component) {
    Doc doc = component.getAnnotation(Doc.class);
    String add = "add '" + key(component) + ":'";
    return doc == null ? add : add + " (" + doc.value() + ")";
  }

  /** The YAML key of a record component. */
  static String key(RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    return key == null ? component.getName() : key.value();
  }

  /** The second spelling of a component's key ({@link Alias}), or null. */
  static String alias(RecordComponent component) {
    Alias alias = component.getAnnotation(Alias.class);
    return alias == null ? null : alias.value();
  }

  private static String childPath(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }
}

package dev.onramp.blueprint.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.schema.CloudFormationValue;
import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.OneOrMany;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import dev.onramp.blueprint.schema.ScalarForm;
import dev.onramp.blueprint.yaml.YamlNode;
import dev.onramp.blueprint.yaml.YamlReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the blueprint language reference ({@code docs/blueprint-reference.md}) from the same
 * records, annotations and JSON Schema that {@link RecordBinder} binds with and {@link
 * SchemaWriter} publishes: every key with its path, type, whether it is required or its default,
 * its constraint, its description and an example. Nothing in it is kept by hand but the examples,
 * which the reference test compiles, each embedded in a minimal blueprint when it is a fragment.
 *
 * <p>Each record type is one section, at the first path where the walk from {@link Blueprint} meets
 * it (declaration order); a type met again (a switch, {@code when}) lists its other paths. A key's
 * default is what the record's compact constructor fills in when the key is absent.
 */
public final class ReferenceWriter {
  /** The blueprint every fragment is embedded in; a fragment's sections replace its own. */
  public static final String MINIMAL =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: reference-example
      vendor:
        roleArn: arn:aws:iam::111122223333:role/OnrampCollector
      roles:
        - id: VendorRole
          managedPolicies: [SecurityAudit]
      """;

  /** Longer patterns are named, not printed: they would fill the table. */
  private static final int LONGEST_PATTERN_SHOWN = 110;

  /**
   * An example the reference shows: at the section of {@code at} (a path such as {@code roles[]},
   * or {@code ""} for the worked examples), a fragment unless {@code whole}.
   */
  public record Example(String name, String at, String title, String yaml, boolean whole) {
    /** The blueprint the example compiles as: itself, or the minimal one with its sections. */
    public String blueprint() {
      if (whole) {
        return yaml;
      }
      java.util.Set<String> replaced = new java.util.HashSet<>();
      for (String line : yaml.split("\n")) {
        java.util.regex.Matcher top =
            java.util.regex.Pattern.compile("^([A-Za-z]+):").matcher(line);
        if (top.find()) {
          replaced.add(top.group(1));
        }
      }
      StringBuilder text = new StringBuilder();
      boolean keep = true;
      for (String line : MINIMAL.split("\n")) {
        if (!line.startsWith(" ")) {
          keep = !replaced.contains(line.substring(0, line.indexOf(':')));
        }
        if (keep) {
          text.append(line).append('\n');
        }
      }
      return text.append(yaml).toString();
    }
  }

  /** One key of one record, at the record's first path. */
  private record Row(String path, Class<?> owner, RecordComponent component) {}

  /** One record type: where it is written, its keys. */
  private static final class Section {
    final Class<?> type;
    final String path;
    final List<String> otherPaths = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();

    Section(Class<?> type, String path) {
      this.type = type;
      this.path = path;
    }
  }

  private final ObjectNode schema = SchemaWriter.schema();
  private final Map<Class<?>, Section> sections = new LinkedHashMap<>();
  private final List<Example> examples;

  /** The first example line of each key, by the key's path. */
  private final Map<String, String> exampleLines = new TreeMap<>();

  public ReferenceWriter(List<Example> examples) {
    this.examples = List.copyOf(examples);
    walk(Blueprint.class);
    Map<String, String> byPath = new LinkedHashMap<>();
    for (Section section : sections.values()) {
      for (Row row : section.rows) {
        byPath.put(row.path(), row.path());
      }
    }
    for (Example example : this.examples) {
      YamlReader.Result read =
          YamlReader.read(example.name(), example.yaml().getBytes(StandardCharsets.UTF_8));
      if (read.root().isEmpty() || !read.problems().isEmpty()) {
        throw new IllegalArgumentException(
            "example " + example.name() + " is not YAML: " + read.problems());
      }
      cover(read.root().get(), Blueprint.class, "", example.yaml().split("\n", -1));
    }
  }

  /** The keys no example writes, by path. */
  public List<String> keysWithoutExample() {
    List<String> missing = new ArrayList<>();
    for (Section section : sections.values()) {
      for (Row row : section.rows) {
        if (!exampleLines.containsKey(row.path())) {
          missing.add(row.path());
        }
      }
    }
    return missing;
  }

  /** Every key path of the language, in the order of the reference. */
  public List<String> keys() {
    return sections.values().stream()
        .flatMap(section -> section.rows.stream())
        .map(Row::path)
        .toList();
  }

  /** The reference, as Markdown. */
  public String markdown(String updateCommand) {
    StringBuilder out = new StringBuilder();
    out.append("# Blueprint reference\n\n");
    out.append(
        "<!-- Generated from the model records (dev.onramp.blueprint.model) and their annotations;"
            + " do not edit. After a change to a record or an example, regenerate it with:\n     "
            + updateCommand
            + " -->\n\n");
    out.append(
        "Every key of a blueprint, as the generator reads it: its path (`[]` is an item of a"
            + " list, `<name>` a key you choose), its type, whether it is required or what it"
            + " defaults to, its constraint, what it means and an example. The JSON Schema"
            + " (`dev/onramp/schema/blueprint-v1.json` in the generator jar, see"
            + " [docs/language/editor.md](language/editor.md)) is written from the same records."
            + " Every example below compiles: the reference test embeds each fragment in a"
            + " minimal blueprint (the header, a vendor and one role) and generates it.\n\n");
    out.append("## Contents\n\n");
    for (Section section : sections.values()) {
      out.append("- [")
          .append(title(section))
          .append("](#")
          .append(anchor(section.type))
          .append(")\n");
    }
    out.append("- [Worked examples](#worked-examples)\n\n");
    for (Section section : sections.values()) {
      section(out, section);
    }
    out.append("## Worked examples\n\n");
    for (Example example : examples) {
      if (example.at().isEmpty()) {
        example(out, example, "###");
      }
    }
    return out.toString();
  }

  private void section(StringBuilder out, Section section) {
    out.append("<a id=\"").append(anchor(section.type)).append("\"></a>\n\n");
    out.append("## ").append(title(section)).append("\n\n");
    Doc doc = section.type.getAnnotation(Doc.class);
    if (doc != null) {
      out.append(doc.value()).append("\n\n");
    }
    if (!section.otherPaths.isEmpty()) {
      out.append("Also written at ")
          .append(
              section.otherPaths.stream()
                  .map(ReferenceWriter::code)
                  .collect(Collectors.joining(", ")))
          .append(".\n\n");
    }
    ScalarForm scalarForm = section.type.getAnnotation(ScalarForm.class);
    if (scalarForm != null) {
      out.append("May be written as a single value, short for `")
          .append(scalarForm.value())
          .append(": <value>`.\n\n");
    }
    JsonNode definition = definition(section.type);
    for (String note : notes(section, definition)) {
      out.append(note).append("\n\n");
    }
    out.append("| Key | Type | Required / default | Constraint | Description | Example |\n");
    out.append("|---|---|---|---|---|---|\n");
    Map<String, Object> defaults = defaults(section.type);
    for (Row row : section.rows) {
      RecordComponent component = row.component();
      String key = RecordBinder.key(component);
      String alias = RecordBinder.alias(component);
      Doc keyDoc = component.getAnnotation(Doc.class);
      String example = exampleLines.get(row.path());
      out.append("| ")
          .append(code(row.path()))
          .append(alias == null ? "" : "<br>IAM: " + code(alias))
          .append(" | ")
          .append(type(component.getGenericType(), component))
          .append(" | ")
          .append(requirement(component, defaults.get(key)))
          .append(" | ")
          .append(constraint(component, properties(definition).path(key)))
          .append(" | ")
          .append(cell(keyDoc == null ? "" : keyDoc.value()))
          .append(" | ")
          .append(example == null ? "" : code(example))
          .append(" |\n");
    }
    out.append('\n');
    for (Example example : examples) {
      if (example.at().equals(section.path)) {
        example(out, example, "Example:");
      }
    }
  }

  private static void example(StringBuilder out, Example example, String heading) {
    if (heading.startsWith("#")) {
      out.append(heading).append(' ').append(example.title()).append("\n\n");
    } else {
      out.append("**").append(example.title()).append("**");
      out.append(example.whole() ? " (a whole blueprint)" : "").append(":\n\n");
    }
    out.append("```yaml\n").append(example.yaml());
    if (!example.yaml().endsWith("\n")) {
      out.append('\n');
    }
    out.append("```\n\n");
  }

  /** Rules of the record the schema states beside its keys: one form of several, a comment. */
  private static List<String> notes(Section section, JsonNode definition) {
    List<String> notes = new ArrayList<>();
    for (RecordComponent component : section.type.getRecordComponents()) {
      String alias = RecordBinder.alias(component);
      if (alias != null && notes.isEmpty()) {
        notes.add(
            "Each key may also be written in IAM's casing, as in a policy document (`Sid`,"
                + " `Effect`, `Action`, …), so a statement can be pasted as is; one statement may"
                + " mix the two casings, but not spell one key both ways (ONR260).");
      }
    }
    for (dev.onramp.blueprint.schema.Forbidden forbidden :
        section.type.getAnnotationsByType(dev.onramp.blueprint.schema.Forbidden.class)) {
      String why = forbidden.why();
      notes.add(
          "Refused here: "
              + code(forbidden.key())
              + ". "
              + Character.toUpperCase(why.charAt(0))
              + why.substring(1)
              + (why.endsWith(".") ? "" : "."));
    }
    JsonNode oneOf = definition.path("oneOf");
    if (oneOf.isArray()) {
      List<String> forms = new ArrayList<>();
      oneOf.forEach(form -> forms.add(code(form.path("required").path(0).asText())));
      notes.add("Exactly one of " + String.join(", ", forms) + ".");
    }
    if (definition.has("$comment")) {
      notes.add(definition.get("$comment").asText());
    }
    return notes;
  }

  /**
   * Walks the records breadth first, so that a type met at several paths ({@code when}) has its
   * section at the shallowest, and sections come in the order a reader meets them.
   */
  private void walk(Class<?> root) {
    java.util.ArrayDeque<Map.Entry<Class<?>, String>> queue = new java.util.ArrayDeque<>();
    queue.add(Map.entry(root, ""));
    java.util.ArrayDeque<Map.Entry<Class<?>, String>> named = new java.util.ArrayDeque<>();
    while (!queue.isEmpty() || !named.isEmpty()) {
      // Values under names the vendor chooses (conditions.<name>) come after the keyed paths, so
      // a switch is described at roles[].when, where most blueprints write one.
      Map.Entry<Class<?>, String> next = queue.isEmpty() ? named.poll() : queue.poll();
      Class<?> type = next.getKey();
      String path = next.getValue();
      Section known = sections.get(type);
      if (known != null) {
        known.otherPaths.add(path);
        continue;
      }
      Section section = new Section(type, path);
      sections.put(type, section);
      for (RecordComponent component : type.getRecordComponents()) {
        String keyPath = child(path, RecordBinder.key(component));
        section.rows.add(new Row(keyPath, type, component));
        descend(component.getGenericType(), keyPath, component, queue, named);
      }
    }
  }

  private static void descend(
      Type type,
      String path,
      RecordComponent component,
      java.util.Queue<Map.Entry<Class<?>, String>> queue,
      java.util.Queue<Map.Entry<Class<?>, String>> named) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        descend(arguments[0], path + "[]", component, queue, named);
      } else if (component == null || !component.isAnnotationPresent(CloudFormationValue.class)) {
        descend(arguments[1], path + ".<name>", null, named, named);
      }
    } else if (type instanceof Class<?> target && target.isRecord()) {
      queue.add(Map.entry(target, path));
    }
  }

  /** Notes the first line that writes each key of the language in an example. */
  private void cover(YamlNode node, Type type, String path, String[] lines) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class && node instanceof YamlNode.Sequence list) {
        list.items().forEach(item -> cover(item, arguments[0], path + "[]", lines));
      } else if (parameterized.getRawType() == Map.class
          && node instanceof YamlNode.Mapping mapping) {
        mapping
            .entries()
            .values()
            .forEach(value -> cover(value, arguments[1], path + ".<name>", lines));
      }
      return;
    }
    if (!(type instanceof Class<?> target) || !target.isRecord()) {
      return;
    }
    // A type written at several paths is described at one: its lines count there.
    String home = sections.get(target).path;
    if (node instanceof YamlNode.Scalar scalar) {
      ScalarForm scalarForm = target.getAnnotation(ScalarForm.class);
      if (scalarForm != null) {
        exampleLines.putIfAbsent(child(home, scalarForm.value()), line(lines, scalar, null));
      }
      return;
    }
    if (!(node instanceof YamlNode.Mapping mapping)) {
      return;
    }
    for (RecordComponent component : target.getRecordComponents()) {
      for (String key : new String[] {RecordBinder.key(component), RecordBinder.alias(component)}) {
        if (key == null || !mapping.entries().containsKey(key)) {
          continue;
        }
        String keyPath = child(home, RecordBinder.key(component));
        YamlNode value = mapping.entries().get(key);
        exampleLines.putIfAbsent(keyPath, line(lines, value, mapping.keys().get(key).line()));
        cover(value, component.getGenericType(), keyPath, lines);
      }
    }
  }

  /**
   * The example's line that writes a key (or a short form), as written, or with "…" for a block.
   */
  private static String line(String[] lines, YamlNode value, Integer keyLine) {
    int at = keyLine != null ? keyLine : value.location().line();
    String text = lines[at - 1].strip();
    if (text.startsWith("- ")) {
      text = text.substring(2);
    }
    int comment = text.indexOf(" #");
    if (comment > 0) {
      text = text.substring(0, comment).stripTrailing();
    }
    if (text.endsWith(":") || text.endsWith("|") || text.endsWith(">-") || text.endsWith(">")) {
      text = text.substring(0, text.indexOf(':') + 1) + " …";
    }
    return text;
  }

  private String type(Type type, RecordComponent component) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        String item = type(arguments[0], null);
        return component != null && component.isAnnotationPresent(OneOrMany.class)
            ? item + ", or a list of them"
            : "list of " + item;
      }
      if (component != null && component.isAnnotationPresent(CloudFormationValue.class)) {
        return "mapping of CloudFormation values";
      }
      return "mapping: `<name>` → " + type(arguments[1], null);
    }
    Class<?> target = (Class<?>) type;
    if (target.isRecord()) {
      String link = "[" + SchemaWriter.definitionName(target) + "](#" + anchor(target) + ")";
      return target.isAnnotationPresent(ScalarForm.class) ? link + " (or its short form)" : link;
    }
    if (target == Integer.class) {
      return "integer";
    }
    if (target == Boolean.class) {
      return "boolean";
    }
    if (target == Object.class) {
      return "any value";
    }
    return "string";
  }

  private static String requirement(RecordComponent component, Object defaultValue) {
    if (component.isAnnotationPresent(Required.class)) {
      return "**required**";
    }
    String shown = shownDefault(defaultValue);
    return shown == null ? "optional" : "default " + code(shown);
  }

  private static String shownDefault(Object value) {
    if (value == null || value instanceof Record) {
      return null;
    }
    if (value instanceof String text) {
      return text.isEmpty() ? null : text;
    }
    if (value instanceof List<?> list) {
      return list.isEmpty()
          ? null
          : list.stream()
              .map(ReferenceWriter::shownDefault)
              .collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? null : map.toString();
    }
    if (value instanceof Enum<?>) {
      return RecordBinder.label(value);
    }
    return value.toString();
  }

  private String constraint(RecordComponent component, JsonNode property) {
    List<String> parts = new ArrayList<>();
    if (property.has("const")) {
      parts.add("exactly " + code(property.get("const").asText()));
    }
    Class<?> enumType = enumType(component.getGenericType());
    if (enumType != null) {
      parts.add(
          "one of "
              + java.util.Arrays.stream(enumType.getEnumConstants())
                  .map(constant -> code(RecordBinder.label(constant)))
                  .collect(Collectors.joining(", ")));
    }
    Pattern pattern = component.getAnnotation(Pattern.class);
    String regex = pattern(property);
    if (pattern != null) {
      parts.add(cell(pattern.meaning()));
    }
    if (regex != null) {
      parts.add(
          regex.length() <= LONGEST_PATTERN_SHOWN
              ? "pattern " + code(regex)
              : "a pattern of "
                  + regex.length()
                  + " characters (the JSON Schema's "
                  + code(
                      SchemaWriter.definitionName(component.getDeclaringRecord())
                          + "."
                          + RecordBinder.key(component))
                  + ")");
    }
    if (property.has("anyOf")
        && property.path("anyOf").path(1).path("type").asText().equals("integer")) {
      parts.add("a number of twelve digits is taken as written; quote one that starts with 0");
    }
    Range range = component.getAnnotation(Range.class);
    if (range != null) {
      parts.add(String.format(Locale.ROOT, "from %d to %d", range.min(), range.max()));
    }
    if (property.has("maxItems")) {
      parts.add("at most " + property.get("maxItems").asInt() + " items");
    }
    if (property.path("uniqueItems").asBoolean(false)) {
      parts.add("no item twice");
    }
    return String.join("; ", parts);
  }

  /** The first pattern of a property's schema: its own, its items', or one of its forms'. */
  private static String pattern(JsonNode node) {
    if (node.has("pattern")) {
      return node.get("pattern").asText();
    }
    for (String child : List.of("items", "anyOf")) {
      JsonNode found = node.path(child);
      if (found.isArray()) {
        for (JsonNode form : found) {
          String regex = pattern(form);
          if (regex != null) {
            return regex;
          }
        }
      } else if (found.isObject()) {
        String regex = pattern(found);
        if (regex != null) {
          return regex;
        }
      }
    }
    return null;
  }

  private static Class<?> enumType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return enumType(arguments[arguments.length - 1]);
    }
    return type instanceof Class<?> target && target.isEnum() ? target : null;
  }

  private JsonNode definition(Class<?> type) {
    return schema.path("$defs").path(SchemaWriter.definitionName(type));
  }

  /** A definition's properties; a record with a short form has them in its second form. */
  private static JsonNode properties(JsonNode definition) {
    if (definition.has("properties")) {
      return definition.get("properties");
    }
    for (JsonNode form : definition.path("anyOf")) {
      if (form.has("properties")) {
        return form.get("properties");
      }
    }
    return definition.path("properties");
  }

  /** What the compact constructor fills in for each absent key. */
  private static Map<String, Object> defaults(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    Map<String, Object> defaults = new LinkedHashMap<>();
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      Object empty = constructor.newInstance(new Object[components.length]);
      for (RecordComponent component : components) {
        Object value = component.getAccessor().invoke(empty);
        if (value != null) {
          defaults.put(RecordBinder.key(component), value);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A constructor that needs its keys has no defaults to show.
    }
    return defaults;
  }

  private static String title(Section section) {
    return (section.path.isEmpty() ? "The top level" : "`" + section.path + "`")
        + " ("
        + SchemaWriter.definitionName(section.type)
        + ")";
  }

  private static String anchor(Class<?> type) {
    return SchemaWriter.definitionName(type).toLowerCase(Locale.ROOT);
  }

  private static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** Inline code in a table cell: a pipe would end the cell. */
  private static String code(String text) {
    String fence = text.contains("`") ? "`` " : "`";
    String closing = text.contains("`") ? " ``" : "`";
    return fence + text.replace("|", "\\|") + closing;
  }

  private static String cell(String text) {
    return Objects.requireNonNullElse(text, "")
        .replace("`", "\\`")
        .replace("|", "\\|")
        .replace("\n", " ");
  }
}

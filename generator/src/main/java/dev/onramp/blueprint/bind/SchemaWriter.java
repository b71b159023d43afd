package dev.onramp.blueprint.bind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.schema.CloudFormationValue;
import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Forbidden;
import dev.onramp.blueprint.schema.Key;
import dev.onramp.blueprint.schema.OneOrMany;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import dev.onramp.blueprint.schema.ScalarForm;
import dev.onramp.template.StableJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes the blueprint language as a JSON Schema (draft 2020-12), read from the same records and
 * annotations {@link RecordBinder} binds with, so editors can complete and check blueprints against
 * exactly the rules the generator applies.
 *
 * <p>Each record and enum becomes an entry of {@code $defs}, named by its simple name (a nested
 * type by its enclosing names joined: {@code RoleSpec.Naming} is {@code RoleSpecNaming}). Keys are
 * the component names or their {@link Key}; records allow no other key, so {@link Forbidden} keys
 * are simply absent; a key's second spelling ({@link dev.onramp.blueprint.schema.Alias}) is a
 * property of its own with the same schema, and a mapping may not hold both. The output is
 * deterministic: properties in declaration order, {@code $defs} sorted by name, two-space
 * indentation, LF line endings and a final newline.
 *
 * <p>Rules checked after binding (the header's constants, account ids, ARNs, regions, a switch's
 * one form) are added by {@link SchemaRules}. Patterns are published in ECMA-262 ({@link
 * EcmaRegex}).
 *
 * <p>Editors see YAML as JSON values, not as the text the binder reads. A string key without a
 * pattern takes a string, a number or a boolean, as the binder takes any scalar as written ({@code
 * default: true}). The schema is stricter than the binder in three ways: a key with a pattern must
 * hold a string (except an account id, see {@link SchemaRules}), a whole number must be a number
 * (the binder also takes a quoted one), and an empty value ({@code key:} or {@code ~}) is not
 * allowed (the binder treats it as absent). The schema corpus test lists these cases.
 */
final class SchemaWriter {
  /** The schema's {@code $id}. */
  public static final String ID = "https://onramp.dev/schema/blueprint-v1.json";

  /** Where the schema is on the generator's classpath. */
  public static final String RESOURCE = "dev/onramp/schema/blueprint-v1.json";

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> definitions = new TreeMap<>();
  private final java.util.Set<String> rulesUsed = new java.util.TreeSet<>();
  private final Map<String, Class<?>> definedTypes = new TreeMap<>();

  private SchemaWriter() {}

  /** The schema of blueprint files, as a tree. */
  public static ObjectNode schema() {
    return new SchemaWriter().root(Blueprint.class);
  }

  /** The schema of blueprint files, as the text that ships at {@link #RESOURCE}. */
  public static String write() {
    return StableJson.write(schema());
  }

  private ObjectNode root(Class<? extends Record> type) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", ID);
    root.put("title", "Onramp blueprint, language version 1");
    Doc doc = type.getAnnotation(Doc.class);
    if (doc != null) {
      root.put("description", doc.value());
    }
    root.put("$ref", reference(type));
    if (!rulesUsed.equals(SchemaRules.names())) {
      throw new IllegalStateException(
          "SchemaRules names components the model does not have: " + SchemaRules.names());
    }
    ObjectNode defs = root.putObject("$defs");
    definitions.forEach(defs::set);
    return root;
  }

  /** A {@code $ref} to the definition of a record or enum, defining it on first use. */
  private String reference(Class<?> type) {
    String name = definitionName(type);
    Class<?> known = definedTypes.putIfAbsent(name, type);
    if (known != null && known != type) {
      throw new IllegalStateException(
          "two model types share the schema name " + name + ": " + known + " and " + type);
    }
    if (known == null) {
      // Reserve the name before descending, so a record that contains itself terminates.
      definitions.put(name, NODES.objectNode());
      definitions.put(name, type.isEnum() ? enumDefinition(type) : recordDefinition(type));
    }
    return "#/$defs/" + name;
  }

  private ObjectNode recordDefinition(Class<?> type) {
    ObjectNode object = NODES.objectNode();
    object.put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (RecordComponent component : type.getRecordComponents()) {
      String key = RecordBinder.key(component);
      ObjectNode schema = componentSchema(component);
      String rule = SchemaRules.name(type, key);
      if (SchemaRules.names().contains(rule)) {
        rulesUsed.add(rule);
        schema = SchemaRules.component(type, key, schema);
      }
      properties.set(key, schema);
      if (component.isAnnotationPresent(Required.class)) {
        required.add(key);
      }
      String alias = RecordBinder.alias(component);
      if (alias != null) {
        ObjectNode spelt = schema.deepCopy();
        spelt.put(
            "description",
            "IAM's spelling of '" + key + "'. " + spelt.path("description").asText(""));
        properties.set(alias, spelt);
        // One key, one spelling: both in one mapping is refused (ONR260).
        ArrayNode allOf =
            object.has("allOf") ? (ArrayNode) object.get("allOf") : object.putArray("allOf");
        allOf.addObject().putObject("not").putArray("required").add(key).add(alias);
      }
    }
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    object.put("additionalProperties", false);
    SchemaRules.record(type, object);

    ScalarForm scalarForm = type.getAnnotation(ScalarForm.class);
    ObjectNode definition = NODES.objectNode();
    describe(definition, type.getAnnotation(Doc.class));
    if (scalarForm == null) {
      definition.setAll(object);
      return definition;
    }
    RecordComponent filled = component(type, scalarForm.value());
    ArrayNode anyOf = definition.putArray("anyOf");
    anyOf.add(valueSchema(filled.getGenericType(), filled));
    anyOf.add(object);
    return definition;
  }

  private ObjectNode enumDefinition(Class<?> type) {
    ObjectNode definition = NODES.objectNode();
    describe(definition, type.getAnnotation(Doc.class));
    definition.put("type", "string");
    ArrayNode labels = definition.putArray("enum");
    for (Object constant : type.getEnumConstants()) {
      labels.add(RecordBinder.label(constant));
    }
    return definition;
  }

  /** The schema of one component: its value's schema with the component's description. */
  private ObjectNode componentSchema(RecordComponent component) {
    ObjectNode schema = NODES.objectNode();
    describe(schema, component.getAnnotation(Doc.class));
    schema.setAll(valueSchema(component.getGenericType(), component));
    return schema;
  }

  /**
   * The schema of a value of {@code type}. {@code component} carries the constraints the binder
   * applies to the value: a pattern or range on a list applies to its items, as when binding; map
   * values are bound without them.
   */
  private ObjectNode valueSchema(Type type, RecordComponent component) {
    ObjectNode schema = NODES.objectNode();
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        ObjectNode item = valueSchema(arguments[0], component);
        ObjectNode array = NODES.objectNode();
        array.put("type", "array");
        array.set("items", item);
        if (component != null && component.isAnnotationPresent(OneOrMany.class)) {
          schema.putArray("anyOf").add(item.deepCopy()).add(array);
        } else {
          schema.setAll(array);
        }
        return schema;
      }
      if (raw == Map.class) {
        if (arguments[0] != String.class) {
          throw new IllegalStateException("unsupported model type " + type);
        }
        schema.put("type", "object");
        if (component != null && component.isAnnotationPresent(CloudFormationValue.class)) {
          schema
              .putObject("additionalProperties")
              .put(
                  "description",
                  "Any CloudFormation value; intrinsic functions in their long form ({Ref: X},"
                      + " {Fn::GetAtt: [R, Attr]}, {Fn::Sub: ...}).");
          return schema;
        }
        schema.set("additionalProperties", valueSchema(arguments[1], null));
        return schema;
      }
      throw new IllegalStateException("unsupported model type " + type);
    }
    Class<?> target = (Class<?>) type;
    if (target.isRecord() || target.isEnum()) {
      schema.put("$ref", reference(target));
    } else if (target == Object.class) {
      // Free-form, such as the values of an IAM condition: any JSON value.
      return schema;
    } else if (target == String.class) {
      Pattern pattern = component == null ? null : component.getAnnotation(Pattern.class);
      if (pattern != null) {
        schema.put("type", "string");
        schema.put("pattern", anchored(pattern.value()));
      } else {
        // The binder takes any scalar as the text written: 'default: true', 'equals: 1'.
        schema.putArray("type").add("string").add("number").add("boolean");
      }
    } else if (target == Integer.class) {
      schema.put("type", "integer");
      Range range = component == null ? null : component.getAnnotation(Range.class);
      if (range != null) {
        schema.put("minimum", range.min());
        schema.put("maximum", range.max());
      }
    } else if (target == Boolean.class) {
      schema.put("type", "boolean");
    } else {
      throw new IllegalStateException("unsupported model type " + type);
    }
    return schema;
  }

  /**
   * The binder matches the whole text ({@link String#matches}) with Java's dialect; a JSON Schema
   * pattern is ECMA-262 ({@link EcmaRegex}) and matches anywhere unless anchored.
   */
  static String anchored(String regex) {
    String ecma = EcmaRegex.of(regex);
    return ecma.contains("|") ? "^(?:" + ecma + ")$" : "^" + ecma + "$";
  }

  static String definitionName(Class<?> type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> outer = type.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName());
    }
    return name.toString();
  }

  private static RecordComponent component(Class<?> type, String key) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (RecordBinder.key(component).equals(key)) {
        return component;
      }
    }
    throw new IllegalStateException(
        type.getSimpleName() + " has @ScalarForm(\"" + key + "\") but no such component");
  }

  private static void describe(ObjectNode schema, Doc doc) {
    if (doc != null) {
      schema.put("description", doc.value());
    }
  }
}

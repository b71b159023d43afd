package dev.onramp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads CloudFormation YAML (or JSON, which is YAML) into the template model's loose values: maps
 * in document order, lists, strings, numbers, booleans, and {@link dev.onramp.template.Fn}s for the
 * short-form tags and long-form keys alike, so {@code !Ref X} and {@code {"Ref": "X"}} read the
 * same.
 *
 * <p>Works on SnakeYAML's node graph rather than its object constructor because the constructor
 * rejects the {@code !Ref}-style local tags, and a node keeps the line for error messages.
 * Duplicate keys are errors, as CloudFormation makes them.
 */
final class CloudFormationYaml {
  /** Deeper than any template; stops hostile nesting (and alias loops) before the stack does. */
  static final int MAX_DEPTH = 100;

  private CloudFormationYaml() {}

  /** The document's root value; {@code null} for an empty document. */
  static Object read(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(50);
    Node root;
    try {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (body.stripLeading().startsWith("{")) {
        // JSON: a tab is only ever whitespace between tokens (a string holds it escaped), but YAML
        // refuses tabs in indentation, which JSON files often use.
        body = body.replace('\t', ' ');
      }
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(body), options), new Resolver(), options);
      root = composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      throw new TemplateFormatException(
          "not valid YAML" + at(e.getProblemMark()) + ": " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new TemplateFormatException("not valid YAML: " + e.getMessage(), e);
    }
    return root == null ? null : value(root, 0);
  }

  private static Object value(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      throw new TemplateFormatException("nested more than " + MAX_DEPTH + " levels" + at(node));
    }
    String tag = node.getTag().getValue();
    Optional<String> function = Intrinsics.keyOfTag(tag);
    if (function.isEmpty() && tag.startsWith("!") && !tag.startsWith("!!")) {
      throw new TemplateFormatException("unknown tag " + tag + at(node));
    }
    Object plain;
    if (node instanceof ScalarNode scalar) {
      plain = function.isPresent() ? scalar.getValue() : scalar(scalar);
    } else if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        list.add(value(item, depth + 1));
      }
      plain = Collections.unmodifiableList(list);
    } else {
      plain = mapping((MappingNode) node, depth);
    }
    if (function.isPresent()) {
      return Intrinsics.decode(function.get(), plain, at(node));
    }
    if (plain instanceof Map<?, ?> map && map.size() == 1) {
      Map.Entry<?, ?> only = map.entrySet().iterator().next();
      String key = (String) only.getKey();
      if (Intrinsics.isLongForm(key, only.getValue())) {
        return Intrinsics.decode(key, only.getValue(), at(node));
      }
    }
    return plain;
  }

  private static Map<String, Object> mapping(MappingNode node, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new TemplateFormatException("a key must be plain text" + at(tuple.getKeyNode()));
      }
      if (map.containsKey(key.getValue())) {
        throw new TemplateFormatException("duplicate key '" + key.getValue() + "'" + at(key));
      }
      map.put(key.getValue(), value(tuple.getValueNode(), depth + 1));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * A scalar as YAML 1.1 resolves it, except timestamps: {@code Version: 2012-10-17} is a policy
   * version, not a date.
   */
  private static Object scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String text = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on", "y" -> Boolean.TRUE;
        default -> Boolean.FALSE;
      };
    }
    if (tag.equals(Tag.INT)) {
      try {
        long number = Long.parseLong(text.replace("_", ""));
        return number == (int) number ? (Object) (int) number : (Object) number;
      } catch (NumberFormatException e) {
        return text; // octal, hex or sexagesimal: CloudFormation reads such values as text anyway
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(text.replace("_", ""));
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  private static String at(Node node) {
    return at(node.getStartMark());
  }

  private static String at(Mark mark) {
    return mark == null
        ? ""
        : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
  }
}

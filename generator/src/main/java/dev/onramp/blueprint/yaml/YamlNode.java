package dev.onramp.blueprint.yaml;

import dev.onramp.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;

/** A YAML node that remembers where it was written, so every later error can point at it. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  SourceLocation location();

  /** A human name for the node's kind, used in "expected a list, found a mapping" messages. */
  String kindName();

  /** A mapping whose keys keep their order and their own locations. */
  record Mapping(
      SourceLocation location, Map<String, YamlNode> entries, Map<String, SourceLocation> keys)
      implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
      keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
    }

    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  record Sequence(SourceLocation location, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /**
   * A scalar as written. {@code quoted} tells a quoted {@code "true"} from a plain {@code true};
   * {@code isNull} is a plain {@code ~}, {@code null} or empty value.
   */
  record Scalar(SourceLocation location, String text, boolean quoted, boolean isNull)
      implements YamlNode {
    @Override
    public String kindName() {
      return isNull ? "nothing (null)" : "a scalar";
    }
  }
}

package dev.onramp.blueprint;

import dev.onramp.blueprint.yaml.YamlNode;
import dev.onramp.diagnostic.SourceLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of a blueprint was written, by YAML path ({@code roles[0].policySets[1]}), so
 * checks that run on the bound model can still point at the source.
 */
public final class SourceMap {
  private final String file;
  private final Map<String, SourceLocation> byPath;

  private SourceMap(String file, Map<String, SourceLocation> byPath) {
    this.file = file;
    this.byPath = byPath;
  }

  public static SourceMap of(String file, YamlNode root) {
    Map<String, SourceLocation> byPath = new HashMap<>();
    collect(root, byPath);
    return new SourceMap(file, Map.copyOf(byPath));
  }

  /**
   * This map with more locations by path, such as a key written in its second spelling ({@code
   * Action}) under the path of its first ({@code …statements[0].action}) that checks report at.
   */
  public SourceMap with(Map<String, SourceLocation> more) {
    Map<String, SourceLocation> all = new HashMap<>(byPath);
    more.forEach(all::putIfAbsent);
    return new SourceMap(file, Map.copyOf(all));
  }

  public String file() {
    return file;
  }

  /**
   * The location of {@code path}, or of its nearest written ancestor (a default that was not
   * written points at the element that holds it), always reported under the path asked for.
   */
  public SourceLocation at(String path) {
    String probe = path;
    while (true) {
      SourceLocation found = byPath.get(probe);
      if (found != null) {
        return new SourceLocation(file, found.line(), found.column(), path);
      }
      if (probe.isEmpty()) {
        return new SourceLocation(file, 0, 0, path);
      }
      probe = parent(probe);
    }
  }

  /** Whether {@code path} was written in the file (not merely defaulted). */
  public boolean isWritten(String path) {
    return byPath.containsKey(path);
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private static void collect(YamlNode node, Map<String, SourceLocation> byPath) {
    byPath.putIfAbsent(node.location().yamlPath(), node.location());
    if (node instanceof YamlNode.Mapping mapping) {
      // A key's own position is where a reader looks, more than its value's.
      mapping.keys().forEach((key, location) -> byPath.put(location.yamlPath(), location));
      mapping.entries().values().forEach(child -> collect(child, byPath));
    } else if (node instanceof YamlNode.Sequence sequence) {
      sequence.items().forEach(child -> collect(child, byPath));
    }
  }
}

package dev.onramp.cdk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Template entries in an order where each comes after the entries it refers to, so the generated
 * Java assigns a field before it reads it. Template order is kept wherever references allow.
 */
final class DependencyOrder {
  private DependencyOrder() {}

  static <V> List<String> of(Map<String, V> entries, Function<V, Set<String>> references) {
    List<String> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (ordered.size() < entries.size()) {
      String next = null;
      for (Map.Entry<String, V> entry : entries.entrySet()) {
        if (!placed.contains(entry.getKey())
            && references.apply(entry.getValue()).stream()
                .filter(entries::containsKey)
                .filter(name -> !name.equals(entry.getKey()))
                .allMatch(placed::contains)) {
          next = entry.getKey();
          break;
        }
      }
      if (next == null) {
        throw new IllegalArgumentException(
            "the template's references go round in a circle among " + entries.keySet());
      }
      ordered.add(next);
      placed.add(next);
    }
    return ordered;
  }
}

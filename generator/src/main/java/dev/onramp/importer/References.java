package dev.onramp.importer;

import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who refers to whom in a template: for each resource, the resources and outputs whose values name
 * it by {@code Ref}, {@code Fn::GetAtt}, a {@code Fn::Sub} variable or {@code DependsOn}. A unit
 * that folds a resource into a section (a policy into its role) may do so only when nothing else
 * refers to it.
 */
final class References {
  private final Map<String, Set<String>> referrers;

  private References(Map<String, Set<String>> referrers) {
    this.referrers = referrers;
  }

  static References of(Template template) {
    Map<String, Set<String>> referrers = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              Set<String> named = new LinkedHashSet<>(resource.dependsOn());
              collect(resource.properties(), named);
              named.forEach(
                  target -> referrers.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(id));
            });
    template
        .outputs()
        .forEach(
            (name, output) -> {
              Set<String> named = new LinkedHashSet<>();
              collect(output, named);
              named.forEach(
                  target ->
                      referrers
                          .computeIfAbsent(target, k -> new LinkedHashSet<>())
                          .add("Outputs." + name));
            });
    return new References(referrers);
  }

  /** The resources and outputs ({@code Outputs.X}) that refer to {@code id}. */
  Set<String> to(String id) {
    return referrers.getOrDefault(id, Set.of());
  }

  /** Every name {@code value} refers to. */
  static void collect(Object value, Set<String> out) {
    if (value instanceof Fn.Ref ref) {
      out.add(ref.name());
    } else if (value instanceof Fn.GetAtt getAtt) {
      out.add(getAtt.resource());
    } else if (value instanceof Fn.Sub sub) {
      for (SubText.Part part : SubText.parse(sub.text())) {
        if (part instanceof SubText.Variable variable) {
          String name = variable.name().trim();
          int dot = name.indexOf('.');
          out.add(dot < 0 ? name : name.substring(0, dot));
        }
      }
    } else if (value instanceof Fn fn) {
      collect(fn.argument(), out);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> collect(item, out));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, out));
    } else if (value instanceof Template.Output output) {
      collect(output.value(), out);
      collect(output.exportName(), out);
    }
  }
}

package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code Fn::FindInMap} in a template's resources from its {@code Mappings}, so that a
 * policy value looked up in a map is the value it is. Literal keys give the value itself; a key
 * that is a parameter or pseudo parameter ({@code !Ref AWS::Region}) gives one {@code Fn::If}
 * branch per key of the map, each under a condition "the key is this one" added to the template; a
 * key the map lacks fails the stack, so it grants nothing. A lookup that cannot be resolved (no
 * such map, a key built by another function) is left as written.
 */
public final class MappingLookups {
  private static final String FIND_IN_MAP = "Fn::FindInMap";
  private static final Fn.Ref NO_VALUE = new Fn.Ref("AWS::NoValue");

  private final Template template;
  private final Map<String, Object> conditions;

  private MappingLookups(Template template) {
    this.template = template;
    this.conditions = new LinkedHashMap<>(template.conditions());
  }

  public static Template resolved(Template template) {
    if (template.mappings().isEmpty()) {
      return template;
    }
    MappingLookups lookups = new MappingLookups(template);
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) ->
                resources.put(
                    id, resource.withProperties(lookups.properties(resource.properties()))));
    return new Template(
        template.description(),
        template.metadata(),
        template.parameters(),
        template.rules(),
        lookups.conditions,
        resources,
        template.outputs(),
        template.mappings());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> properties(Map<String, Object> properties) {
    return (Map<String, Object>) value(properties);
  }

  private Object value(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.get(FIND_IN_MAP) instanceof List<?> arguments) {
        return lookup(arguments).orElse(value);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((key, inner) -> out.put(String.valueOf(key), value(inner)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(element -> out.add(value(element)));
      return out;
    }
    if (value instanceof Fn.If branches) {
      return new Fn.If(
          branches.condition(), value(branches.whenTrue()), value(branches.whenFalse()));
    }
    if (value instanceof Fn.Join join) {
      return new Fn.Join(join.delimiter(), value(join.values()));
    }
    return value;
  }

  private Optional<Object> lookup(List<?> arguments) {
    if (arguments.size() != 3 || !(arguments.get(0) instanceof String name)) {
      return Optional.empty();
    }
    if (!(template.mappings().get(name) instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    return choose(map, arguments.get(1), key -> second(key, arguments.get(2)), name);
  }

  private Optional<Object> second(Object inner, Object key) {
    return inner instanceof Map<?, ?> map
        ? choose(map, key, value -> Optional.of(value(value)), "")
        : Optional.empty();
  }

  /** The entry {@code key} picks: itself if literal, else an {@code Fn::If} over every entry. */
  private Optional<Object> choose(
      Map<?, ?> map,
      Object key,
      java.util.function.Function<Object, Optional<Object>> then,
      String name) {
    Object resolvedKey = value(key);
    if (resolvedKey instanceof String || resolvedKey instanceof Number) {
      Object entry = map.get(String.valueOf(resolvedKey));
      return entry == null ? Optional.of(NO_VALUE) : then.apply(entry);
    }
    Optional<Fn.Ref> variable = variable(resolvedKey);
    if (variable.isEmpty()) {
      return Optional.empty();
    }
    Object chain = NO_VALUE;
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    for (int i = entries.size() - 1; i >= 0; i--) {
      String entryKey = String.valueOf(entries.get(i).getKey());
      Optional<Object> picked = then.apply(entries.get(i).getValue());
      if (picked.isEmpty()) {
        return Optional.empty();
      }
      String condition =
          "FindInMap " + name + " " + CanonicalText.of(variable.get()) + "=" + entryKey;
      conditions.put(condition, new Fn.Equals(variable.get(), entryKey));
      chain = new Fn.If(condition, picked.get(), chain);
    }
    return Optional.of(chain);
  }

  private static Optional<Fn.Ref> variable(Object key) {
    if (key instanceof Fn.Ref ref) {
      return Optional.of(ref);
    }
    if (key instanceof Fn.Sub sub) {
      return SubText.soleVariable(sub.text()).map(Fn.Ref::new);
    }
    return Optional.empty();
  }
}

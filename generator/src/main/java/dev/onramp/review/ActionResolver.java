package dev.onramp.review;

import dev.onramp.iam.ActionCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns the {@code Action} and {@code NotAction} patterns of statements into the catalog's actions.
 * Remembers every expansion, since the same patterns recur across statements and templates, and
 * every pattern that matched nothing.
 *
 * <p>{@code NotAction} grants (or denies) every action except those listed. Over the whole catalog
 * that is some 20,000 actions, most of which cannot apply: an action only acts on resources of its
 * own service. So when every resource of the statement is an ARN naming its service ({@code
 * arn:${AWS::Partition}:sqs:…}), the complement is taken within those services; with {@code *}, a
 * {@code NotResource}, or an ARN whose service is a variable, within the whole catalog. The price
 * is the rare action that acts on another service's resources (such as {@code ssm:SendCommand} on
 * an EC2 instance ARN), which this leaves out; a reviewer seeing NotAction on EC2 ARNs should read
 * the statement itself.
 */
final class ActionResolver {
  private final ActionCatalog catalog;
  private final Map<String, Action> actions = new HashMap<>();
  private final Map<String, List<Action>> expansions = new HashMap<>();
  private final Map<Set<String>, List<Action>> universes = new HashMap<>();
  private final SortedSet<String> unknown = new TreeSet<>();

  ActionResolver(ActionCatalog catalog) {
    this.catalog = catalog;
  }

  /** The actions {@code pattern} matches; an unknown action of its own when it matches nothing. */
  List<Action> expand(String pattern) {
    String key = pattern.strip().toLowerCase(Locale.ROOT);
    List<Action> cached = expansions.get(key);
    if (cached != null) {
      return cached;
    }
    List<Action> matched = new ArrayList<>();
    if (!key.isEmpty()) {
      for (String name : catalog.expand(pattern.strip())) {
        matched.add(action(name));
      }
    }
    if (matched.isEmpty()) {
      unknown.add(key);
      matched.add(Action.unknown(key));
    }
    List<Action> result = List.copyOf(matched);
    expansions.put(key, result);
    return result;
  }

  /**
   * Every action of the services {@code resources} name (of the catalog when they name none usable)
   * except those {@code excluded} patterns match.
   */
  List<Action> complement(Collection<String> excluded, Collection<String> resources) {
    Set<String> removed = new HashSet<>();
    for (String pattern : excluded) {
      for (Action action : expand(pattern)) {
        removed.add(action.name());
      }
    }
    List<Action> out = new ArrayList<>();
    for (Action action : universe(ResourcePatterns.services(resources))) {
      if (!removed.contains(action.name())) {
        out.add(action);
      }
    }
    return out;
  }

  /** The patterns seen so far that matched no action of the catalog, lower-cased and sorted. */
  List<String> unknownPatterns() {
    return List.copyOf(unknown);
  }

  private List<Action> universe(Set<String> services) {
    return universes.computeIfAbsent(
        services,
        wanted -> {
          List<Action> all = new ArrayList<>();
          if (wanted.isEmpty()) {
            catalog.expand("*").forEach(name -> all.add(action(name)));
          } else {
            new TreeSet<>(wanted)
                .forEach(
                    service -> catalog.expand(service + ":*").forEach(n -> all.add(action(n))));
          }
          return List.copyOf(all);
        });
  }

  private Action action(String name) {
    return actions.computeIfAbsent(name, n -> new Action(n, catalog.accessLevels(n), true));
  }
}

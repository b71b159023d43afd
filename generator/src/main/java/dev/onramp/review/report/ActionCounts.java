package dev.onramp.review.report;

import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.output.ReportText;
import dev.onramp.review.Action;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A set of actions counted by service and access level, for the Markdown inventory (the JSON lists
 * every action instead). An action with several levels ({@code ec2:CreateTags} is Write and
 * Tagging) counts under each of them, so a row's levels can add up to more than its total, which
 * counts each action once.
 *
 * <p>The inventory keeps the actions a statement's patterns expand to, not the patterns. A service
 * whose every action the {@linkplain ActionCatalog#bundled() bundled catalog} knows is granted is
 * marked: that is what {@code s3:*} grants, however it was written.
 */
final class ActionCounts {
  /** Up to this many actions a summary names them; beyond, it counts them. */
  static final int NAMED = 4;

  /** Up to this many services granted whole a summary names; beyond, it counts the rest. */
  static final int NAMED_SERVICES = 8;

  private final ActionCatalog catalog = ActionCatalog.bundled();
  private final List<Action> actions;
  private final Map<String, Tally> services = new TreeMap<>();
  private final Tally all = new Tally();

  /** The counts of one service, or of all of them. */
  static final class Tally {
    private final int[] levels = new int[Labels.LEVELS.size()];
    private final Set<String> names = new TreeSet<>();
    private int unknown;

    private void add(Action action) {
      names.add(action.name().toLowerCase(Locale.ROOT));
      if (!action.known()) {
        unknown++;
      }
      for (AccessLevel level : action.levels()) {
        levels[Labels.LEVELS.indexOf(level)]++;
      }
    }

    int level(AccessLevel level) {
      return levels[Labels.LEVELS.indexOf(level)];
    }

    int unknown() {
      return unknown;
    }

    int total() {
      return names.size();
    }

    /** {@code List 3, Read 12, Write 1}: the levels with actions, least powerful first. */
    String levels() {
      List<String> parts = new ArrayList<>();
      for (AccessLevel level : Labels.LEVELS) {
        if (level(level) > 0) {
          parts.add(level.label() + " " + level(level));
        }
      }
      if (unknown > 0) {
        parts.add("unknown " + unknown);
      }
      return String.join(", ", parts);
    }
  }

  ActionCounts(Collection<Action> granted) {
    Map<String, Action> byName = new TreeMap<>();
    granted.forEach(action -> byName.putIfAbsent(action.name(), action));
    this.actions = byName.values().stream().sorted().toList();
    for (Action action : actions) {
      services.computeIfAbsent(service(action), service -> new Tally()).add(action);
      all.add(action);
    }
  }

  boolean isEmpty() {
    return actions.isEmpty();
  }

  /** The services, sorted by name, with their counts. */
  Map<String, Tally> services() {
    return services;
  }

  Tally all() {
    return all;
  }

  /** Whether every action of {@code service} the catalog knows is among these. */
  boolean coversService(String service) {
    List<String> known = catalog.expand(service + ":*");
    Tally tally = services.get(service);
    return tally != null
        && !known.isEmpty()
        && tally.names.containsAll(
            known.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * The actions in a few words, for a table cell: each named with its level when there are at most
   * {@link #NAMED}, otherwise counted by level ({@code 89 actions in 14 services: List 20, Read
   * 69}), naming the services granted whole.
   */
  String summary() {
    if (actions.size() <= NAMED) {
      return actions.stream()
          .map(action -> Markdown.code(action.name()) + " (" + action.levelLabel() + ")")
          .collect(Collectors.joining(", "));
    }
    List<String> whole =
        services.keySet().stream()
            .filter(this::coversService)
            .map(service -> Markdown.code(service + ":*"))
            .toList();
    String counted = actions.size() + " actions";
    if (services.size() == 1) {
      String service = services.keySet().iterator().next();
      return whole.isEmpty()
          ? actions.size() + " " + Markdown.code(service) + " actions: " + all.levels()
          : whole.get(0) + " (" + counted + ": " + all.levels() + ")";
    }
    String text =
        counted + " in " + ReportText.count(services.size(), "service") + ": " + all.levels();
    if (whole.isEmpty()) {
      return text;
    }
    // A Deny with NotAction covers hundreds of whole services: name a few, count the rest.
    String named =
        whole.size() <= NAMED_SERVICES
            ? String.join(", ", whole)
            : String.join(", ", whole.subList(0, NAMED_SERVICES))
                + " and "
                + (whole.size() - NAMED_SERVICES)
                + " more";
    return text + "; whole service" + (whole.size() == 1 ? " " : "s ") + named;
  }

  /** Whether some action has more than one access level, so that levels add up to more. */
  boolean hasSharedLevels() {
    return actions.stream().anyMatch(action -> action.levels().size() > 1);
  }

  /** The part of an action's name before the colon: its service prefix. */
  static String service(Action action) {
    int colon = action.name().indexOf(':');
    return colon < 0 ? action.name() : action.name().substring(0, colon);
  }
}

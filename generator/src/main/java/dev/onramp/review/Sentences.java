package dev.onramp.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The phrases changes and listings are written with, so that every line reads the same way. */
final class Sentences {
  /** Beyond this many actions a sentence counts the rest; the change still holds them all. */
  static final int LISTED_ACTIONS = 25;

  private Sentences() {}

  /** {@code on R if C when G}, each part left out when it says nothing. */
  static String context(List<String> resources, ConditionSet conditions, Guard guard) {
    return on(resources) + conditions(conditions) + when(guard);
  }

  /** {@code on *}, {@code on [a, b]}; nothing for a trust policy, which has no resources. */
  static String on(List<String> resources) {
    return resources.isEmpty() ? "" : " on " + list(resources);
  }

  static String conditions(ConditionSet conditions) {
    return conditions.isEmpty() ? "" : " if " + conditions;
  }

  static String when(Guard guard) {
    return guard.isAlways() ? "" : " when " + guard;
  }

  /** One item as it is, several in brackets. */
  static String list(Collection<?> items) {
    List<String> texts = items.stream().map(String::valueOf).toList();
    return texts.size() == 1 ? texts.get(0) : "[" + String.join(", ", texts) + "]";
  }

  /**
   * Actions grouped by access level, the most powerful first: {@code s3:DeleteObject, s3:PutObject
   * (Write), s3:GetObject (Read)}; after {@link #LISTED_ACTIONS}, {@code and 780 more}.
   */
  static String actions(Collection<Action> actions) {
    Map<String, Integer> ranks = new HashMap<>();
    actions.forEach(action -> ranks.put(action.levelLabel(), action.levelRank()));
    Map<String, List<Action>> byLevel =
        new TreeMap<>(
            Comparator.comparing((String label) -> ranks.get(label))
                .thenComparing(Comparator.naturalOrder()));
    for (Action action : actions) {
      byLevel.computeIfAbsent(action.levelLabel(), label -> new ArrayList<>()).add(action);
    }
    List<String> groups = new ArrayList<>();
    int listed = 0;
    for (Map.Entry<String, List<Action>> group : byLevel.entrySet()) {
      if (listed == LISTED_ACTIONS) {
        break;
      }
      List<String> names = new ArrayList<>();
      for (Action action : group.getValue().stream().sorted().toList()) {
        if (listed == LISTED_ACTIONS) {
          break;
        }
        names.add(action.name());
        listed++;
      }
      groups.add(String.join(", ", names) + " (" + group.getKey() + ")");
    }
    String text = String.join(", ", groups);
    return listed < actions.size() ? text + ", and " + (actions.size() - listed) + " more" : text;
  }
}

package dev.onramp.review;

import dev.onramp.iam.Effect;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An inventory's statements re-indexed for comparison: per subject, policy, effect and principal,
 * each action with the scopes it is granted in.
 */
final class AccessIndex {
  /** Whose access: one principal's grants in one policy of one subject, of one effect. */
  record Key(Subject subject, PolicyKind kind, Effect effect, Principal principal)
      implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::subject)
            .thenComparing(Key::kind)
            .thenComparing(Key::effect)
            .thenComparing(Key::principal);

    /** The same policy and effect, the principal left out. */
    Policy policy() {
      return new Policy(subject, kind, effect);
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  /** One policy and effect of a subject, whatever the principal. */
  record Policy(Subject subject, PolicyKind kind, Effect effect) implements Comparable<Policy> {
    private static final Comparator<Policy> ORDER =
        Comparator.comparing(Policy::subject)
            .thenComparing(Policy::kind)
            .thenComparing(Policy::effect);

    Key with(Principal principal) {
      return new Key(subject, kind, effect, principal);
    }

    @Override
    public int compareTo(Policy other) {
      return ORDER.compare(this, other);
    }
  }

  private AccessIndex() {}

  static Map<Key, Map<Action, Set<Scope>>> of(PolicyInventory inventory) {
    Map<Key, Map<Action, Set<Scope>>> index = new TreeMap<>();
    for (PolicyStatement statement : inventory.statements()) {
      Key key =
          new Key(statement.subject(), statement.kind(), statement.effect(), statement.principal());
      // Hash maps inside: thousands of actions per key, and every change sorts its own actions.
      Map<Action, Set<Scope>> actions = index.computeIfAbsent(key, k -> new HashMap<>());
      Scope scope = Scope.of(statement);
      for (Action action : statement.actions()) {
        actions.computeIfAbsent(action, a -> new HashSet<>()).add(scope);
      }
    }
    return index;
  }
}

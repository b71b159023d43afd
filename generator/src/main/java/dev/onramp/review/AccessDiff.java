package dev.onramp.review;

import dev.onramp.iam.Effect;
import dev.onramp.review.DeltaSentences.Presence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what two inventories' statements grant: per subject, policy and effect, first the
 * principals (one that only appears, one that only disappears, or one replaced by a wider or
 * narrower one with the same grants), then, per principal present on both sides, each action's
 * scopes ({@link ScopeDiff}). Actions that change the same way become one {@link Change}.
 */
final class AccessDiff {
  private AccessDiff() {}

  static List<Change> between(PolicyInventory before, PolicyInventory after) {
    Map<AccessIndex.Key, Map<Action, Set<Scope>>> was = AccessIndex.of(before);
    Map<AccessIndex.Key, Map<Action, Set<Scope>>> is = AccessIndex.of(after);
    Map<AccessIndex.Policy, Set<Principal>> principalsBefore = principals(was);
    Map<AccessIndex.Policy, Set<Principal>> principalsAfter = principals(is);
    Set<AccessIndex.Policy> policies = new TreeSet<>(principalsBefore.keySet());
    policies.addAll(principalsAfter.keySet());

    List<Change> changes = new ArrayList<>();
    for (AccessIndex.Policy policy : policies) {
      Set<Principal> old = principalsBefore.getOrDefault(policy, Set.of());
      Set<Principal> now = principalsAfter.getOrDefault(policy, Set.of());
      Set<Principal> removed = new TreeSet<>(old);
      removed.removeAll(now);
      Set<Principal> added = new TreeSet<>(now);
      added.removeAll(old);
      boolean externalId = requiresExternalId(policy, old, was);
      for (Principal principal : new TreeSet<>(old)) {
        if (now.contains(principal)) {
          AccessIndex.Key key = policy.with(principal);
          compare(key, was.get(key), is.get(key), Presence.KEPT, externalId, changes);
        }
      }
      if (policy.kind() != PolicyKind.IDENTITY && policy.effect() == Effect.ALLOW) {
        replacedPrincipals(policy, removed, added, was, is, changes);
      }
      for (Principal principal : added) {
        AccessIndex.Key key = policy.with(principal);
        compare(key, Map.of(), is.get(key), Presence.NEW, externalId, changes);
      }
      for (Principal principal : removed) {
        AccessIndex.Key key = policy.with(principal);
        compare(key, was.get(key), Map.of(), Presence.GONE, externalId, changes);
      }
    }
    return changes;
  }

  /** The actions' deltas, actions that change alike gathered into one change. */
  private static void compare(
      AccessIndex.Key key,
      Map<Action, Set<Scope>> before,
      Map<Action, Set<Scope>> after,
      Presence presence,
      boolean externalIdBefore,
      List<Change> changes) {
    Set<Action> actions = new HashSet<>(before.keySet());
    actions.addAll(after.keySet());
    Map<ScopeDiff.Delta, List<Action>> alike = new HashMap<>();
    for (Action action : actions) {
      for (ScopeDiff.Delta delta :
          ScopeDiff.between(
              before.getOrDefault(action, Set.of()),
              after.getOrDefault(action, Set.of()),
              key.effect())) {
        alike.computeIfAbsent(delta, d -> new ArrayList<>()).add(action);
      }
    }
    alike.forEach(
        (delta, same) ->
            changes.add(DeltaSentences.change(key, delta, same, presence, externalIdBefore)));
  }

  /**
   * A principal that gave way to one covering it ({@code Service x} to {@code *}) with exactly the
   * same grants is one change, "widened", rather than one removed and one added; likewise the other
   * way, "narrowed". Matched principals are taken out of {@code removed} and {@code added}.
   */
  private static void replacedPrincipals(
      AccessIndex.Policy policy,
      Set<Principal> removed,
      Set<Principal> added,
      Map<AccessIndex.Key, Map<Action, Set<Scope>>> was,
      Map<AccessIndex.Key, Map<Action, Set<Scope>>> is,
      List<Change> changes) {
    Set<Principal> matched = new HashSet<>();
    for (Principal wider : added) {
      Map<Action, Set<Scope>> grants = is.get(policy.with(wider));
      List<Principal> replaced =
          removed.stream()
              .filter(p -> wider.covers(p) && !p.covers(wider))
              .filter(p -> grants.equals(was.get(policy.with(p))))
              .toList();
      if (!replaced.isEmpty()) {
        matched.add(wider);
        matched.addAll(replaced);
        grouped(policy.with(wider), grants, ChangeKind.PRINCIPAL_WIDENED, replaced, changes);
      }
    }
    for (Principal wider : removed) {
      if (matched.contains(wider)) {
        continue;
      }
      Map<Action, Set<Scope>> grants = was.get(policy.with(wider));
      List<Principal> narrower =
          added.stream()
              .filter(p -> !matched.contains(p) && wider.covers(p) && !p.covers(wider))
              .filter(p -> grants.equals(is.get(policy.with(p))))
              .toList();
      if (!narrower.isEmpty()) {
        matched.add(wider);
        matched.addAll(narrower);
        grouped(policy.with(wider), grants, ChangeKind.PRINCIPAL_NARROWED, narrower, changes);
      }
    }
    removed.removeAll(matched);
    added.removeAll(matched);
  }

  /** One change per scope of {@code grants}, for a principal widened from or narrowed to others. */
  private static void grouped(
      AccessIndex.Key key,
      Map<Action, Set<Scope>> grants,
      ChangeKind kind,
      List<Principal> others,
      List<Change> changes) {
    Map<Scope, List<Action>> byScope = new TreeMap<>();
    grants.forEach(
        (action, scopes) ->
            scopes.forEach(
                scope -> byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(action)));
    boolean widened = kind == ChangeKind.PRINCIPAL_WIDENED;
    byScope.forEach(
        (scope, actions) ->
            changes.add(
                new Change(
                    DeltaSentences.severity(kind, true, widened, actions),
                    kind,
                    key.subject(),
                    key.kind(),
                    key.principal(),
                    actions,
                    (widened ? "widened from " : "narrowed to ")
                        + Sentences.list(others)
                        + ", allowed "
                        + Sentences.actions(actions)
                        + scope.context()
                        + (widened ? DeltaSentences.missingExternalId(key, scope) : ""))));
  }

  /** Whether an Allow of the trust policy let some AWS principal in only with an ExternalId. */
  private static boolean requiresExternalId(
      AccessIndex.Policy policy,
      Set<Principal> principals,
      Map<AccessIndex.Key, Map<Action, Set<Scope>>> index) {
    if (policy.kind() != PolicyKind.TRUST || policy.effect() != Effect.ALLOW) {
      return false;
    }
    return principals.stream()
        .filter(principal -> principal.type().equals("AWS"))
        .flatMap(principal -> index.get(policy.with(principal)).values().stream())
        .flatMap(Set::stream)
        .anyMatch(scope -> scope.conditions().tests(DeltaSentences.EXTERNAL_ID));
  }

  private static Map<AccessIndex.Policy, Set<Principal>> principals(
      Map<AccessIndex.Key, Map<Action, Set<Scope>>> index) {
    Map<AccessIndex.Policy, Set<Principal>> out = new TreeMap<>();
    index
        .keySet()
        .forEach(k -> out.computeIfAbsent(k.policy(), p -> new TreeSet<>()).add(k.principal()));
    return out;
  }
}

package dev.onramp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares what the inventories say besides statements: which roles exist, which managed policies
 * are attached by ARN (content unknown, so attaching is an escalation; an AWS managed policy whose
 * statements were expanded is information, the access diff carrying the change), which permissions
 * boundaries are set (a boundary limits, so removing one is the escalation), and what could not be
 * reviewed.
 */
final class FactsDiff {
  private FactsDiff() {}

  static List<Change> between(PolicyInventory before, PolicyInventory after) {
    List<Change> changes = new ArrayList<>();
    roles(before, after, changes);
    attachments(before, after, changes);
    boundaries(before, after, changes);
    unreviewed(before, after, changes);
    return changes;
  }

  private static void roles(PolicyInventory before, PolicyInventory after, List<Change> changes) {
    Map<Subject, Role> was = new TreeMap<>();
    before.roles().forEach(role -> was.put(role.subject(), role));
    Map<Subject, Role> is = new TreeMap<>();
    after.roles().forEach(role -> is.put(role.subject(), role));
    is.forEach(
        (subject, role) -> {
          if (!was.containsKey(subject)) {
            changes.add(
                fact(
                    Severity.ESCALATION,
                    ChangeKind.ROLE_ADDED,
                    subject,
                    "new " + noun(subject) + Sentences.when(role.guard())));
          }
        });
    was.forEach(
        (subject, role) -> {
          if (!is.containsKey(subject)) {
            changes.add(
                fact(
                    Severity.NARROWING,
                    ChangeKind.ROLE_REMOVED,
                    subject,
                    noun(subject) + " removed"));
          }
        });
  }

  private static void attachments(
      PolicyInventory before, PolicyInventory after, List<Change> changes) {
    Map<Attached, Set<Guard>> was = new TreeMap<>();
    before
        .managedPolicies()
        .forEach(a -> guards(was, new Attached(a.role(), a.describe()), a.guard()));
    Map<Attached, Set<Guard>> is = new TreeMap<>();
    after
        .managedPolicies()
        .forEach(a -> guards(is, new Attached(a.role(), a.describe()), a.guard()));
    Set<Attached> all = new TreeSet<>(was.keySet());
    all.addAll(is.keySet());
    // Attachments whose statements were read as the role's: the access diff says what they change.
    Set<Attached> expanded = new TreeSet<>();
    Stream.concat(before.managedPolicies().stream(), after.managedPolicies().stream())
        .filter(ManagedPolicyAttachment::expanded)
        .forEach(a -> expanded.add(new Attached(a.role(), a.describe())));
    for (Attached policy : all) {
      Set<Guard> old = was.getOrDefault(policy, Set.of());
      Set<Guard> now = is.getOrDefault(policy, Set.of());
      boolean known = expanded.contains(policy);
      if (old.isEmpty()) {
        now.forEach(
            guard ->
                changes.add(
                    fact(
                        known ? Severity.INFO : Severity.ESCALATION,
                        ChangeKind.MANAGED_POLICY_ATTACHED,
                        policy.role(),
                        "attaches " + policy.policy() + Sentences.when(guard))));
      } else if (now.isEmpty()) {
        old.forEach(
            guard ->
                changes.add(
                    fact(
                        known ? Severity.INFO : Severity.NARROWING,
                        ChangeKind.MANAGED_POLICY_DETACHED,
                        policy.role(),
                        "no longer attaches " + policy.policy() + Sentences.when(guard))));
      } else if (!old.equals(now)) {
        // Attached in some case it was not attached in before: more access there.
        boolean escalates = !allImplied(now, old);
        changes.add(
            fact(
                known ? Severity.INFO : escalates ? Severity.ESCALATION : Severity.NARROWING,
                ChangeKind.TEMPLATE_CONDITION_CHANGED,
                policy.role(),
                "attaches "
                    + policy.policy()
                    + ": template condition changed from "
                    + Sentences.list(old)
                    + " to "
                    + Sentences.list(now)));
      }
    }
  }

  private static void boundaries(
      PolicyInventory before, PolicyInventory after, List<Change> changes) {
    Map<Subject, Map<String, Set<Guard>>> was = new TreeMap<>();
    before
        .permissionsBoundaries()
        .forEach(
            b ->
                guards(was.computeIfAbsent(b.role(), r -> new TreeMap<>()), b.policy(), b.guard()));
    Map<Subject, Map<String, Set<Guard>>> is = new TreeMap<>();
    after
        .permissionsBoundaries()
        .forEach(
            b -> guards(is.computeIfAbsent(b.role(), r -> new TreeMap<>()), b.policy(), b.guard()));
    Set<Subject> roles = new TreeSet<>(was.keySet());
    roles.addAll(is.keySet());
    for (Subject role : roles) {
      Map<String, Set<Guard>> old = was.getOrDefault(role, Map.of());
      Map<String, Set<Guard>> now = is.getOrDefault(role, Map.of());
      Set<String> removed = new TreeSet<>(old.keySet());
      removed.removeAll(now.keySet());
      Set<String> added = new TreeSet<>(now.keySet());
      added.removeAll(old.keySet());
      if (!removed.isEmpty() && !added.isEmpty()) {
        changes.add(
            fact(
                Severity.ESCALATION,
                ChangeKind.BOUNDARY_CHANGED,
                role,
                "permissions boundary changed from "
                    + Sentences.list(removed)
                    + " to "
                    + Sentences.list(added)
                    + "; the new boundary may allow more"));
      } else {
        removed.forEach(
            policy ->
                changes.add(
                    fact(
                        Severity.ESCALATION,
                        ChangeKind.BOUNDARY_REMOVED,
                        role,
                        "permissions boundary removed: " + policy + whenever(old.get(policy)))));
        added.forEach(
            policy ->
                changes.add(
                    fact(
                        Severity.NARROWING,
                        ChangeKind.BOUNDARY_ADDED,
                        role,
                        "permissions boundary set: " + policy + whenever(now.get(policy)))));
      }
      old.forEach(
          (policy, guards) -> {
            Set<Guard> later = now.get(policy);
            if (later != null && !later.equals(guards)) {
              // Set in fewer cases than before: the role is unbounded where it was bounded.
              boolean escalates = !allImplied(guards, later);
              changes.add(
                  fact(
                      escalates ? Severity.ESCALATION : Severity.NARROWING,
                      ChangeKind.TEMPLATE_CONDITION_CHANGED,
                      role,
                      "permissions boundary "
                          + policy
                          + ": template condition changed from "
                          + Sentences.list(guards)
                          + " to "
                          + Sentences.list(later)));
            }
          });
    }
  }

  private static void unreviewed(
      PolicyInventory before, PolicyInventory after, List<Change> changes) {
    // One resource may have several things not reviewed (a user's groups and an unreadable
    // document): they are compared together, in their sorted order.
    Map<Subject, String> was = new TreeMap<>();
    before.unreviewed().forEach(u -> was.merge(subjectOf(u), u.detail(), FactsDiff::both));
    Map<Subject, String> is = new TreeMap<>();
    after.unreviewed().forEach(u -> is.merge(subjectOf(u), u.detail(), FactsDiff::both));
    is.forEach(
        (subject, detail) -> {
          String old = was.get(subject);
          if (!detail.equals(old)) {
            changes.add(
                fact(
                    Severity.ESCALATION,
                    ChangeKind.NOT_REVIEWED,
                    subject,
                    "not reviewed: "
                        + (old == null ? "" : "was " + old + ", now ")
                        + detail
                        + "; read it yourself"));
          }
        });
    was.forEach(
        (subject, detail) -> {
          if (!is.containsKey(subject)) {
            changes.add(
                fact(
                    Severity.INFO,
                    ChangeKind.NOT_REVIEWED,
                    subject,
                    "not reviewed, gone: " + detail));
          }
        });
  }

  private static String both(String first, String second) {
    return first + "; " + second;
  }

  /** {@code role}, or {@code user} and {@code group} for the template's users and groups. */
  private static String noun(Subject subject) {
    return subject.type() == Subject.Type.ROLE ? "role" : subject.type().label();
  }

  /** Whether each guard of {@code guards} is covered by one of {@code by}: never applies more. */
  private static boolean allImplied(Set<Guard> guards, Set<Guard> by) {
    return guards.stream().allMatch(g -> by.stream().anyMatch(b -> b.isImpliedBy(g)));
  }

  private static String whenever(Set<Guard> guards) {
    return guards.size() == 1
        ? Sentences.when(guards.iterator().next())
        : " when " + Sentences.list(guards);
  }

  private static <K> void guards(Map<K, Set<Guard>> map, K key, Guard guard) {
    map.computeIfAbsent(key, k -> new TreeSet<>()).add(guard);
  }

  private static Subject subjectOf(Unreviewed unreviewed) {
    return new Subject(unreviewed.scope(), Subject.Type.RESOURCE, unreviewed.logicalId());
  }

  private static Change fact(Severity severity, ChangeKind kind, Subject subject, String sentence) {
    return new Change(
        severity, kind, subject, PolicyKind.IDENTITY, Principal.NONE, List.of(), sentence);
  }

  /** A managed policy attached to a role, whatever the guard. */
  private record Attached(Subject role, String policy) implements Comparable<Attached> {
    @Override
    public int compareTo(Attached other) {
      int byRole = role.compareTo(other.role);
      return byRole != 0 ? byRole : policy.compareTo(other.policy);
    }
  }
}

package dev.onramp.review;

import dev.onramp.iam.Effect;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link ScopeDiff.Delta} shared by some actions into a {@link Change}: its kind, its
 * severity, and the sentence that says what changed and leaves out what did not.
 */
final class DeltaSentences {
  static final String EXTERNAL_ID = "sts:externalid";

  private DeltaSentences() {}

  /** Whether a key's principal is in the policy on both sides, only after, or only before. */
  enum Presence {
    KEPT,
    NEW,
    GONE
  }

  /**
   * The change for {@code actions} of {@code key}. A principal with no grant at all in the policy
   * before (or after) makes an added (removed) scope a principal added (removed). {@code
   * externalIdBefore} says the trust policy required {@code sts:ExternalId} of some AWS principal
   * before: a new AWS principal let in without it then undoes the guard, which is critical.
   */
  static Change change(
      AccessIndex.Key key,
      ScopeDiff.Delta delta,
      List<Action> actions,
      Presence presence,
      boolean externalIdBefore) {
    boolean allow = key.effect() == Effect.ALLOW;
    boolean principals = key.kind() != PolicyKind.IDENTITY;
    boolean bypassesExternalId = false;
    ChangeKind kind;
    String sentence;
    if (delta.before() == null) {
      Scope after = delta.after();
      if (!allow) {
        kind = ChangeKind.DENY_ADDED;
        sentence = "denies " + Sentences.actions(actions) + after.context();
      } else if (presence == Presence.NEW && principals) {
        kind = ChangeKind.PRINCIPAL_ADDED;
        String missing = missingExternalId(key, after);
        bypassesExternalId = externalIdBefore && !missing.isEmpty();
        sentence =
            "new principal, allowed "
                + Sentences.actions(actions)
                + after.context()
                + (bypassesExternalId
                    ? " (no sts:ExternalId condition, which the trust policy required before)"
                    : missing);
      } else {
        kind = ChangeKind.ACTIONS_ADDED;
        sentence = "allows " + Sentences.actions(actions) + after.context();
      }
    } else if (delta.after() == null) {
      Scope before = delta.before();
      if (!allow) {
        kind = ChangeKind.DENY_REMOVED;
        sentence = "no longer denies " + Sentences.actions(actions) + before.context();
      } else if (presence == Presence.GONE && principals) {
        kind = ChangeKind.PRINCIPAL_REMOVED;
        sentence =
            "principal removed, was allowed " + Sentences.actions(actions) + before.context();
      } else {
        kind = ChangeKind.ACTIONS_REMOVED;
        sentence = "no longer allows " + Sentences.actions(actions) + before.context();
      }
    } else {
      kind = pairKind(key, delta.before(), delta.after());
      sentence = pairSentence(allow, delta.before(), delta.after(), actions);
    }
    return new Change(
        bypassesExternalId ? Severity.CRITICAL : severity(kind, allow, delta.escalates(), actions),
        kind,
        key.subject(),
        key.kind(),
        key.principal(),
        actions,
        sentence);
  }

  /**
   * ESCALATION or NARROWING by the delta's direction, CRITICAL for the ExternalId removed and for
   * an Allow that newly lets a principal manage permissions.
   */
  static Severity severity(
      ChangeKind kind, boolean allow, boolean escalates, List<Action> actions) {
    if (kind == ChangeKind.EXTERNAL_ID_REMOVED
        || (allow && escalates && actions.stream().anyMatch(Action::managesPermissions))) {
      return Severity.CRITICAL;
    }
    return escalates ? Severity.ESCALATION : Severity.NARROWING;
  }

  /**
   * A trust policy statement that lets an AWS principal in without {@code sts:ExternalId} leaves
   * the confused-deputy door open; the sentence says so.
   */
  static String missingExternalId(AccessIndex.Key key, Scope scope) {
    boolean exposed =
        key.kind() == PolicyKind.TRUST
            && key.principal().type().equals("AWS")
            && !scope.conditions().tests(EXTERNAL_ID);
    return exposed ? " (no sts:ExternalId condition)" : "";
  }

  private static ChangeKind pairKind(AccessIndex.Key key, Scope before, Scope after) {
    if (key.kind() == PolicyKind.TRUST
        && key.effect() == Effect.ALLOW
        && before.conditions().tests(EXTERNAL_ID)
        && !after.conditions().tests(EXTERNAL_ID)) {
      return ChangeKind.EXTERNAL_ID_REMOVED;
    }
    boolean resources = !before.resources().equals(after.resources());
    boolean conditions = !before.conditions().equals(after.conditions());
    boolean guard = !before.guard().equals(after.guard());
    int aspects = (resources ? 1 : 0) + (conditions ? 1 : 0) + (guard ? 1 : 0);
    if (aspects > 1) {
      return ChangeKind.SCOPE_CHANGED;
    }
    if (resources) {
      boolean widened = !ResourcePatterns.coversAll(before.resources(), after.resources());
      boolean narrowed = !ResourcePatterns.coversAll(after.resources(), before.resources());
      return widened && narrowed
          ? ChangeKind.RESOURCE_CHANGED
          : widened ? ChangeKind.RESOURCE_WIDENED : ChangeKind.RESOURCE_NARROWED;
    }
    if (conditions) {
      boolean removed = !before.conditions().without(after.conditions()).isEmpty();
      boolean added = !after.conditions().without(before.conditions()).isEmpty();
      return removed && added
          ? ChangeKind.CONDITION_CHANGED
          : removed ? ChangeKind.CONDITION_REMOVED : ChangeKind.CONDITION_ADDED;
    }
    return ChangeKind.TEMPLATE_CONDITION_CHANGED;
  }

  /**
   * {@code allows s3:GetObject (Read) if …: resources narrowed from A to B}: the parts of the scope
   * that stayed, then each part that changed.
   */
  private static String pairSentence(
      boolean allow, Scope before, Scope after, List<Action> actions) {
    StringBuilder sentence =
        new StringBuilder(allow ? "allows " : "denies ").append(Sentences.actions(actions));
    List<String> changes = new ArrayList<>();
    if (before.resources().equals(after.resources())) {
      sentence.append(Sentences.on(after.resources()));
    } else {
      changes.add(
          resourceVerb(before, after)
              + " from "
              + Sentences.list(before.resources())
              + " to "
              + Sentences.list(after.resources()));
    }
    if (before.conditions().equals(after.conditions())) {
      sentence.append(Sentences.conditions(after.conditions()));
    } else {
      changes.add(conditionChange(before.conditions(), after.conditions()));
    }
    if (before.guard().equals(after.guard())) {
      sentence.append(Sentences.when(after.guard()));
    } else {
      changes.add("template condition changed from " + before.guard() + " to " + after.guard());
    }
    return sentence.append(": ").append(String.join("; ", changes)).toString();
  }

  private static String resourceVerb(Scope before, Scope after) {
    boolean widened = !ResourcePatterns.coversAll(before.resources(), after.resources());
    boolean narrowed = !ResourcePatterns.coversAll(after.resources(), before.resources());
    return widened && narrowed
        ? "resources changed"
        : widened ? "resources widened" : "resources narrowed";
  }

  private static String conditionChange(ConditionSet before, ConditionSet after) {
    List<Condition> removed = before.without(after);
    List<Condition> added = after.without(before);
    if (added.isEmpty()) {
      return "condition removed: " + new ConditionSet(removed);
    }
    if (removed.isEmpty()) {
      return "condition added: " + new ConditionSet(added);
    }
    return "condition changed from " + new ConditionSet(removed) + " to " + new ConditionSet(added);
  }
}

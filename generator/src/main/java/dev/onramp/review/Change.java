package dev.onramp.review;

import java.util.Comparator;
import java.util.List;

/**
 * One difference in access between two templates: how severe it is, what kind, the subject and (for
 * trust and resource policies) the principal it concerns, the actions involved (empty for changes
 * that are not about actions, such as a detached managed policy), and a sentence saying it.
 */
public record Change(
    Severity severity,
    ChangeKind kind,
    Subject subject,
    PolicyKind policy,
    Principal principal,
    List<Action> actions,
    String sentence)
    implements Comparable<Change> {

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::subject)
          // A role added or removed is said first; the rest of its changes follow from it.
          .thenComparing(change -> !change.kind().concernsWholeRole())
          .thenComparing(Change::policy)
          .thenComparing(Change::principal)
          .thenComparing(Change::kind)
          .thenComparing(Change::sentence)
          .thenComparing(change -> change.actions().toString());

  public Change {
    actions = actions.stream().sorted().toList();
  }

  /** {@code role R trust policy, principal AWS arn:…}: what the change concerns. */
  public String concerns() {
    return subject
        + (policy == PolicyKind.TRUST ? " trust policy" : "")
        + (principal.isNone() ? "" : ", principal " + principal);
  }

  /** {@code ESCALATION ACTIONS_ADDED role R: allows s3:PutObject (Write) on *}. */
  public String render() {
    return severity + " " + kind + " " + concerns() + ": " + sentence;
  }

  @Override
  public int compareTo(Change other) {
    return ORDER.compare(this, other);
  }
}

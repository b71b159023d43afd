package dev.onramp.review;

import dev.onramp.iam.Effect;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one subject grants or denies one principal, after normalization: every statement of the
 * subject's policies with the same effect, principal, resources, conditions and guard merged into
 * one, its actions expanded against the catalog and sorted. A trust policy has no resources (its
 * resource is the role itself): {@code resources} is empty.
 */
public record PolicyStatement(
    Subject subject,
    PolicyKind kind,
    Effect effect,
    Principal principal,
    List<String> resources,
    ConditionSet conditions,
    Guard guard,
    List<Action> actions) {

  static final Comparator<PolicyStatement> ORDER =
      Comparator.comparing(PolicyStatement::subject)
          .thenComparing(PolicyStatement::kind)
          .thenComparing(PolicyStatement::effect)
          .thenComparing(PolicyStatement::principal)
          .thenComparing(statement -> statement.resources().toString())
          .thenComparing(PolicyStatement::conditions)
          .thenComparing(PolicyStatement::guard);

  public PolicyStatement {
    resources = List.copyOf(resources);
    actions = actions.stream().sorted().toList();
  }

  /**
   * One line for listings: {@code role R: Allow s3:GetObject (Read) on * if … when …}, the
   * principal after the subject for trust and resource policies.
   */
  public String render() {
    String who =
        subject
            + (kind == PolicyKind.TRUST ? " trust policy" : "")
            + (principal.isNone() ? "" : ", principal " + principal);
    return who
        + ": "
        + (effect == Effect.ALLOW ? "Allow " : "Deny ")
        + actions.stream().map(Action::toString).collect(Collectors.joining(", "))
        + Sentences.context(resources, conditions, guard);
  }
}

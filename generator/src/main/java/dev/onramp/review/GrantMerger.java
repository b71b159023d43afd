package dev.onramp.review;

import dev.onramp.iam.Effect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts {@link Grant}s back together into the fewest {@link PolicyStatement}s that say the same, in
 * three steps: the guards of one grant simplified ({@link Guards}), the resources of one action
 * reduced to those no other covers ({@link ResourcePatterns#minimal}), and the actions with the
 * same principal, resources, conditions and guard gathered into one statement. The result depends
 * only on the set of grants, never on how the template spelled or split them.
 */
final class GrantMerger {
  private GrantMerger() {}

  static List<PolicyStatement> merge(Collection<Grant> grants) {
    Map<Grant, Set<Guard>> guardsByGrant = new HashMap<>();
    for (Grant grant : grants) {
      guardsByGrant
          .computeIfAbsent(grant.withGuard(Guard.ALWAYS), g -> new HashSet<>())
          .add(grant.guard());
    }

    Map<ActionContext, Set<String>> resourcesByAction = new HashMap<>();
    guardsByGrant.forEach(
        (grant, guards) -> {
          for (Guard guard : Guards.simplify(guards)) {
            resourcesByAction
                .computeIfAbsent(ActionContext.of(grant, guard), c -> new HashSet<>())
                .add(grant.resource());
          }
        });

    Map<StatementKey, List<Action>> actionsByStatement = new HashMap<>();
    resourcesByAction.forEach(
        (context, resources) -> {
          List<String> minimal = ResourcePatterns.minimal(resources);
          actionsByStatement
              .computeIfAbsent(context.statement(minimal), k -> new ArrayList<>())
              .add(context.action());
        });

    List<PolicyStatement> statements = new ArrayList<>();
    actionsByStatement.forEach(
        (key, actions) ->
            statements.add(
                new PolicyStatement(
                    key.subject(),
                    key.kind(),
                    key.effect(),
                    key.principal(),
                    // The trust policy's one empty pattern stands for the role: no resources.
                    key.kind() == PolicyKind.TRUST ? List.of() : key.resources(),
                    key.conditions(),
                    key.guard(),
                    actions)));
    statements.sort(PolicyStatement.ORDER);
    return List.copyOf(statements);
  }

  private record ActionContext(
      Subject subject,
      PolicyKind kind,
      Effect effect,
      Principal principal,
      Action action,
      ConditionSet conditions,
      Guard guard) {

    static ActionContext of(Grant grant, Guard guard) {
      return new ActionContext(
          grant.subject(),
          grant.kind(),
          grant.effect(),
          grant.principal(),
          grant.action(),
          grant.conditions(),
          guard);
    }

    StatementKey statement(List<String> resources) {
      return new StatementKey(subject, kind, effect, principal, resources, conditions, guard);
    }
  }

  private record StatementKey(
      Subject subject,
      PolicyKind kind,
      Effect effect,
      Principal principal,
      List<String> resources,
      ConditionSet conditions,
      Guard guard) {}
}

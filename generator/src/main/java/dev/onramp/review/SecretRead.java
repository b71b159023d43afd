package dev.onramp.review;

import dev.onramp.iam.ConfigurationSecrets;
import dev.onramp.iam.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action a policy of the template allows that reads configuration which often holds secrets
 * ({@link ConfigurationSecrets}): who gets it, from which statement (its resources and guard), and
 * what it can reveal. The inventory lists them wherever they come from (a policy set, a custom
 * statement, a raw resource, an AWS managed policy whose statements are known, an imported
 * template), named or matched by a wildcard, so that a reviewer sees them without reading every
 * action.
 *
 * @param statement the allowing statement, merged as in the inventory
 * @param action the action, in AWS's spelling
 * @param reveals what it can reveal, completing "It can reveal …"
 */
public record SecretRead(PolicyStatement statement, Action action, String reveals) {

  /** The secret reads of {@code statements}, in their order and then by action. */
  static List<SecretRead> of(List<PolicyStatement> statements, ConfigurationSecrets secrets) {
    List<SecretRead> reads = new ArrayList<>();
    for (PolicyStatement statement : statements) {
      if (statement.effect() != Effect.ALLOW || statement.kind() == PolicyKind.TRUST) {
        continue;
      }
      for (Action action : statement.actions()) {
        if (!action.known()) {
          continue;
        }
        Optional<ConfigurationSecrets.SecretRead> read = secrets.of(action.name());
        if (read.isPresent() && read.get().revealedOn(statement.resources())) {
          reads.add(new SecretRead(statement, action, read.get().reveals()));
        }
      }
    }
    return List.copyOf(reads);
  }

  /** {@code role R: lambda:ListFunctions on * can reveal environment variables …}. */
  public String render() {
    return statement.subject()
        + ": "
        + action.name()
        + Sentences.context(statement.resources(), statement.conditions(), statement.guard())
        + " can reveal "
        + reveals;
  }
}

package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;

/**
 * Whether the template asks for the ExternalId parameter. It always did; a stack whose every role
 * has its own {@code trust} (services, its own roles, the organization's hub) has no use for it,
 * and an unused parameter would only confuse the customer (and cfn-lint, W2001). Anything that may
 * send or output it keeps it: the callback, the organization's members, an output.
 */
final class ExternalIdUse {
  private ExternalIdUse() {}

  static boolean parameterNeeded(Blueprint blueprint) {
    String name = blueprint.externalId().parameter();
    if (blueprint.externalId().derivedFromStack()) {
      return false;
    }
    return blueprint.roles().isEmpty()
        || blueprint.roles().stream().anyMatch(role -> role.trust() == null)
        || blueprint.callback() != null
        || blueprint.organization() != null
        || blueprint.outputs().stream().anyMatch(output -> name.equals(output.parameter()));
  }
}

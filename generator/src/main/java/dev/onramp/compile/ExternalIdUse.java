package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;

/**
 * Whether the template asks for the ExternalId parameter. It always did; a stack whose every role
 * has its own {@code trust} (services, its own roles, the organization's hub) or is an existing
 * role of the customer has no use for it, and an unused parameter would only confuse the customer
 * (and cfn-lint, W2001). Anything that may send or output it keeps it: the callback, the
 * organization's members, an output, a raw resource that names it.
 */
final class ExternalIdUse {
  private ExternalIdUse() {}

  static boolean parameterNeeded(Blueprint blueprint) {
    String name = blueprint.externalId().parameter();
    if (blueprint.externalId().derivedFromStack()) {
      return false;
    }
    return blueprint.roles().isEmpty()
        || blueprint.roles().stream()
            .anyMatch(role -> role.trust() == null && role.existingRole() == null)
        || blueprint.callback() != null
        || blueprint.organization() != null
        || blueprint.outputs().stream().anyMatch(output -> name.equals(output.parameter()))
        || blueprint.resources().values().stream()
            .anyMatch(raw -> names(raw.properties(), name) || names(raw.metadata(), name));
  }

  /** Whether {@code value} refers to parameter {@code name}: a Ref or a Fn::Sub variable. */
  private static boolean names(Object value, String name) {
    if (value instanceof java.util.Map<?, ?> map) {
      return name.equals(map.get("Ref"))
          || map.values().stream().anyMatch(item -> names(item, name));
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().anyMatch(item -> names(item, name));
    }
    return value instanceof String text && text.contains("${" + name + "}");
  }
}

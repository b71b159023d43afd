package dev.onramp.compile.reuse;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.template.Fn;

/**
 * How the template names a role of the blueprint in a policy's {@code Roles}: a role the stack
 * creates by its logical id, an existing role ({@code existingRole}) by the parameter that holds
 * its name. Both are the role's name, which is what {@code Roles} takes.
 */
public final class ExistingRoles {
  private ExistingRoles() {}

  /** Whether {@code role} is the customer's existing role rather than one the stack creates. */
  public static boolean isExisting(RoleSpec role) {
    return role.existingRole() != null;
  }

  /** The role's name in the template: {@code !Ref Id} or {@code !Ref ExistingRoleParameter}. */
  public static Fn reference(RoleSpec role) {
    return Fn.ref(isExisting(role) ? role.existingRole().parameter() : role.id());
  }

  /** The name of role {@code id} of {@code blueprint}, as {@link #reference(RoleSpec)}. */
  public static Fn reference(Blueprint blueprint, String id) {
    return blueprint.roles().stream()
        .filter(role -> role.id().equals(id))
        .findFirst()
        .map(ExistingRoles::reference)
        .orElse(Fn.ref(id));
  }
}

package dev.onramp.compile.reuse;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.List;

/**
 * Checks a role's reuse keys: an existing role ({@code existingRole}) carries no key that only a
 * created role has, and nothing asks for an attribute the stack cannot know of it (its ARN: the
 * role's path is the customer's); the parameters of {@code existingRole} and {@code readBuckets}
 * are left undeclared or declared with the right type, and mean nothing else.
 */
public final class RoleReuseChecks {
  /**
   * Keys of a role that only a role the stack creates can have: its trust, name, path, session,
   * boundary, description and tags, its region limit (an inline policy of the role), and AWS
   * managed policies (which CloudFormation attaches only through a role it creates).
   */
  static final List<String> CREATED_ROLE_KEYS =
      List.of(
          "trust",
          "naming",
          "name",
          "nameParameter",
          "path",
          "maxSessionDuration",
          "permissionsBoundaryParameter",
          "description",
          "tags",
          "regionsParameter",
          "managedPolicies");

  private final SectionContext context;
  private final Blueprint blueprint;

  public RoleReuseChecks(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
  }

  public void check() {
    for (int i = 0; i < blueprint.roles().size(); i++) {
      RoleSpec role = blueprint.roles().get(i);
      String path = "roles[" + i + "]";
      if (role.existingRole() != null) {
        checkExistingRole(role, path);
      }
      if (role.readBuckets() != null) {
        checkParameter(
            role.readBuckets().parameter(),
            ParameterSpec.Type.COMMA_DELIMITED_LIST,
            "lists bucket names",
            path + ".readBuckets.parameter");
      }
    }
    checkOutputs();
    checkCallback();
  }

  private void checkExistingRole(RoleSpec role, String path) {
    for (String key : CREATED_ROLE_KEYS) {
      if (context.source().isWritten(path + "." + key)) {
        context.error(
            DiagnosticCode.INVALID_ROLE_REUSE,
            path + "." + key,
            key.equals("managedPolicies")
                ? "role "
                    + role.id()
                    + " is an existing role, and CloudFormation attaches AWS managed policies"
                    + " only to a role it creates"
                : "role "
                    + role.id()
                    + " is an existing role (existingRole), so '"
                    + key
                    + "' cannot apply: the stack does not create it",
            key.equals("managedPolicies")
                ? "attach a policy set or statements with the actions you need, or remove"
                    + " existingRole to create the role"
                : "remove '" + key + "', or remove existingRole to create the role");
      }
    }
    checkParameter(
        role.existingRole().parameter(),
        ParameterSpec.Type.STRING,
        "names an existing role",
        path + ".existingRole.parameter");
  }

  /**
   * The parameter is not the ExternalId, no role's logical id (parameters and resources share one
   * namespace), used by one reuse key only, and of {@code type} if declared.
   */
  private void checkParameter(String name, ParameterSpec.Type type, String meaning, String path) {
    if (name.equals(blueprint.externalId().parameter()) || context.roleIds().contains(name)) {
      context.error(
          DiagnosticCode.INVALID_ROLE_REUSE,
          path,
          "parameter '" + name + "' " + meaning + " but is the ExternalId or a role's id",
          "name another parameter");
      return;
    }
    long uses =
        blueprint.roles().stream()
            .flatMap(
                role ->
                    java.util.stream.Stream.of(
                        role.existingRole() == null ? null : role.existingRole().parameter(),
                        role.readBuckets() == null ? null : role.readBuckets().parameter()))
            .filter(name::equals)
            .count();
    if (uses > 1) {
      context.error(
          DiagnosticCode.INVALID_ROLE_REUSE,
          path,
          "parameter '" + name + "' is named by more than one existingRole or readBuckets",
          "give each existing role and each bucket list a parameter of its own");
      return;
    }
    ParameterSpec declared = context.declaredParameters().get(name);
    if (declared != null && declared.type() != type) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path,
          "parameter '" + name + "' " + meaning + " but is a " + declared.type().label(),
          "make it 'type: " + type.label() + "', or leave it undeclared so it is created for you");
    }
  }

  /** An output of an existing role's attribute: the stack knows only the name it was given. */
  private void checkOutputs() {
    for (int i = 0; i < blueprint.outputs().size(); i++) {
      OutputSpec output = blueprint.outputs().get(i);
      RoleSpec role = existing(output.role());
      if (role != null) {
        context.error(
            DiagnosticCode.INVALID_ROLE_REUSE,
            "outputs[" + i + "].role",
            "role "
                + role.id()
                + " is an existing role: the stack does not create it and cannot know its ARN"
                + " or id (its path is the customer's)",
            "output the parameter that names it instead (declared under 'parameters'): {name: "
                + output.name()
                + ", parameter: "
                + role.existingRole().parameter()
                + "}");
      }
    }
  }

  /** The callback sends the ARN of its role, which the stack does not know for an existing one. */
  private void checkCallback() {
    NotifySpec notify = blueprint.callback();
    if (notify == null || blueprint.roles().isEmpty()) {
      return;
    }
    String id = notify.role() != null ? notify.role() : blueprint.roles().get(0).id();
    RoleSpec role = existing(id);
    if (role != null) {
      context.error(
          DiagnosticCode.INVALID_ROLE_REUSE,
          notify.role() != null ? "notify.role" : "notify",
          "the callback sends the ARN of role "
              + role.id()
              + ", an existing role whose ARN the stack does not know",
          "name a role the stack creates under notify.role");
    }
  }

  private RoleSpec existing(String id) {
    if (id == null) {
      return null;
    }
    return blueprint.roles().stream()
        .filter(role -> role.id().equals(id) && role.existingRole() != null)
        .findFirst()
        .orElse(null);
  }
}

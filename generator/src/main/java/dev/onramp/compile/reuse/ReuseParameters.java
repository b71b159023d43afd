package dev.onramp.compile.reuse;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.TemplateBuilder;

/**
 * The parameters a role's reuse keys name, as the stack declares them when the blueprint does not:
 * what the customer must fill in, with a pattern that accepts only such a name.
 */
public final class ReuseParameters {
  /** IAM role names: up to 64 of letters, digits and + = , . @ _ -. */
  static final String ROLE_NAME_PATTERN = "^[\\w+=,.@-]{1,64}$";

  private ReuseParameters() {}

  /**
   * Declares the parameters the roles' {@code existingRole} and {@code readBuckets} name, unless
   * the blueprint declares them itself, in the order of the roles.
   */
  public static void declare(Blueprint blueprint, TemplateBuilder template, String group) {
    for (RoleSpec role : blueprint.roles()) {
      if (role.existingRole() != null && !template.hasParameter(role.existingRole().parameter())) {
        String name = role.existingRole().parameter();
        template.parameter(name, existingRoleName(name, role.id(), group));
      }
      if (role.readBuckets() != null && !template.hasParameter(role.readBuckets().parameter())) {
        String name = role.readBuckets().parameter();
        template.parameter(name, bucketNames(name, role.id(), group));
      }
    }
  }

  /** The name of the customer's existing role, required. */
  public static ParameterSpec existingRoleName(String name, String roleId, String group) {
    return new ParameterSpec(
        name,
        ParameterSpec.Type.STRING,
        "Name (not ARN) of your existing IAM role that receives the vendor's policies of "
            + roleId
            + ". The stack attaches policies to it and creates no role; deleting the stack"
            + " detaches them.",
        "Existing role name for " + roleId,
        group,
        null,
        null,
        ROLE_NAME_PATTERN,
        "Must be an IAM role name: up to 64 letters, digits and + = , . @ _ -.",
        false,
        null,
        null);
  }

  /** A list of existing bucket names the role may read, empty by default (no access). */
  public static ParameterSpec bucketNames(String name, String roleId, String group) {
    return new ParameterSpec(
        name,
        ParameterSpec.Type.COMMA_DELIMITED_LIST,
        "Names of your existing S3 buckets that "
            + roleId
            + " may read (objects, listing and location; nothing else), comma separated, such"
            + " as acme-logs,acme-exports. Leave empty for none.",
        "Buckets " + roleId + " may read (optional)",
        group,
        "",
        null,
        null,
        null,
        false,
        null,
        null);
  }
}

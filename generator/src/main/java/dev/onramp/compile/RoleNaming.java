package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import java.util.EnumSet;
import java.util.Set;

/**
 * The role names of language 1.1: {@code stack-suffixed} ({@code <name>-${AWS::StackName}}), {@code
 * parameter} (the whole name from {@code nameParameter}) and {@code prefix-parameter} ({@code
 * ${Prefix}<name>}: the prefix as the customer writes it, separator included, so an empty prefix
 * leaves the plain name). A name parameter the blueprint does not declare is created with a pattern
 * that keeps the name within IAM's 64 characters; {@link RoleNamingChecks} checks one that it
 * declares.
 */
final class RoleNaming {
  /** IAM's longest role name. */
  static final int MAX_ROLE_NAME = 64;

  /** The characters IAM allows in a role name. */
  static final String NAME_CHARACTERS = "[\\w+=,.@-]";

  /** Namings that take {@code nameParameter}. */
  static final Set<RoleSpec.Naming> FROM_PARAMETER =
      EnumSet.of(
          RoleSpec.Naming.PARAMETER,
          RoleSpec.Naming.PREFIX_PARAMETER,
          RoleSpec.Naming.SUFFIX_PARAMETER);

  /** Namings that add a parameter's value to a fixed name, before or after it. */
  static final Set<RoleSpec.Naming> AFFIXED =
      EnumSet.of(RoleSpec.Naming.PREFIX_PARAMETER, RoleSpec.Naming.SUFFIX_PARAMETER);

  private RoleNaming() {}

  /** The RoleName of a role named the 1.1 way, for a role that passed the checks. */
  static Object roleName(RoleSpec role) {
    return switch (role.naming()) {
      case STACK_SUFFIXED -> Fn.sub(role.name() + "-${AWS::StackName}");
      case PARAMETER -> Fn.ref(role.nameParameter());
      case PREFIX_PARAMETER -> Fn.sub("${" + role.nameParameter() + "}" + role.name());
      case SUFFIX_PARAMETER -> Fn.sub(role.name() + "${" + role.nameParameter() + "}");
      default -> throw new IllegalArgumentException("not a 1.1 naming: " + role.naming());
    };
  }

  /** Declares every name parameter the roles name and the blueprint does not declare. */
  static void declareParameters(Blueprint blueprint, TemplateBuilder template) {
    for (RoleSpec role : blueprint.roles()) {
      String name = role.nameParameter();
      if (FROM_PARAMETER.contains(role.naming()) && name != null && !template.hasParameter(name)) {
        template.parameter(name, created(blueprint, role));
      }
    }
  }

  /**
   * A created name parameter: for a whole name, 1 to 64 of IAM's characters; for a prefix, as long
   * as the longest name it prefixes leaves room for (it may be empty).
   */
  private static ParameterSpec created(Blueprint blueprint, RoleSpec role) {
    String name = role.nameParameter();
    if (role.naming() == RoleSpec.Naming.PARAMETER) {
      return new ParameterSpec(
          name,
          ParameterSpec.Type.STRING,
          "Name of the vendor's role " + role.id() + " (at most 64 characters).",
          "Role name of " + role.id(),
          RolesSection.ROLE_GROUP,
          null,
          null,
          "^" + NAME_CHARACTERS + "{1," + MAX_ROLE_NAME + "}$",
          "Must be 1 to 64 letters, digits and + = , . @ _ -",
          false,
          1,
          MAX_ROLE_NAME);
    }
    int room = prefixRoom(blueprint, name);
    boolean suffix = role.naming() == RoleSpec.Naming.SUFFIX_PARAMETER;
    return new ParameterSpec(
        name,
        ParameterSpec.Type.STRING,
        suffix
            ? "Suffix of the vendor's role names, separator included (such as -prod). May be"
                + " empty."
            : "Prefix of the vendor's role names, separator included (such as acme-). May be"
                + " empty.",
        suffix ? "Role name suffix" : "Role name prefix",
        RolesSection.ROLE_GROUP,
        "",
        null,
        "^" + NAME_CHARACTERS + "{0," + room + "}$",
        "Must be at most " + room + " letters, digits and + = , . @ _ -",
        false,
        null,
        room);
  }

  /**
   * How long a prefix or suffix may be: what the longest name using {@code parameter} leaves of 64.
   */
  static int prefixRoom(Blueprint blueprint, String parameter) {
    int longest =
        blueprint.roles().stream()
            .filter(role -> AFFIXED.contains(role.naming()))
            .filter(role -> parameter.equals(role.nameParameter()) && role.name() != null)
            .mapToInt(role -> role.name().length())
            .max()
            .orElse(0);
    return Math.max(0, MAX_ROLE_NAME - longest);
  }
}

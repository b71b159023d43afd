package dev.onramp.compile;

import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the role names of language 1.1 ({@link RoleNaming}): each naming has the keys it needs and
 * no other, and the longest name the stack could build fits IAM's 64 characters. With a parameter
 * that length is the parameter's MaxLength, or the bound of an AllowedPattern shaped like {@code
 * ^[chars]{m,n}$}; a declared parameter with neither could name a role IAM refuses.
 */
final class RoleNamingChecks {
  private static final Pattern ROLE_NAME = Pattern.compile(RoleNaming.NAME_CHARACTERS + "+");
  private static final Pattern BOUNDED =
      Pattern.compile(
          "\\^?(?:\\[(?:\\\\.|[^\\]\\\\])+\\]|\\\\[wd]|\\.)\\{(\\d+)(?:,(\\d+))?\\}\\$?");

  private final SectionContext context;
  private final Map<String, String> wholeNameParameters = new HashMap<>();

  RoleNamingChecks(SectionContext context) {
    this.context = context;
  }

  /** Whether this class checks the role's name (else {@link RoleChecks} does, as in 1.0). */
  static boolean handles(RoleSpec role) {
    return role.naming() == RoleSpec.Naming.STACK_SUFFIXED
        || RoleNaming.FROM_PARAMETER.contains(role.naming())
        || role.nameParameter() != null;
  }

  void check(RoleSpec role, String path) {
    boolean fromParameter = RoleNaming.FROM_PARAMETER.contains(role.naming());
    if (!fromParameter && role.nameParameter() != null) {
      context.error(
          DiagnosticCode.INVALID_NAME,
          path + ".nameParameter",
          "nameParameter is set but naming is '" + role.naming().label() + "'",
          "add 'naming: parameter' (the whole name), 'naming: prefix-parameter' or 'naming:"
              + " suffix-parameter', or remove it");
      return;
    }
    switch (role.naming()) {
      case STACK_SUFFIXED -> checkName(role, path, RoleNaming.MAX_ROLE_NAME - 2);
      case PARAMETER -> checkWholeName(role, path);
      case PREFIX_PARAMETER, SUFFIX_PARAMETER -> checkPrefixed(role, path);
      default -> throw new IllegalArgumentException("not a 1.1 naming: " + role.naming());
    }
  }

  private boolean checkName(RoleSpec role, String path, int room) {
    if (role.name() == null) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          path + ".name",
          "naming '" + role.naming().label() + "' needs a name",
          "add 'name: VendorReadOnly'");
      return false;
    }
    if (!ROLE_NAME.matcher(role.name()).matches() || role.name().length() > room) {
      context.error(
          DiagnosticCode.INVALID_NAME,
          path + ".name",
          "role name '" + role.name() + "' is not a valid IAM role name",
          "use at most " + room + " letters, digits and + = , . @ _ -");
      return false;
    }
    return true;
  }

  private void checkWholeName(RoleSpec role, String path) {
    if (role.name() != null) {
      context.error(
          DiagnosticCode.INVALID_NAME,
          path + ".name",
          "a name is set but naming 'parameter' takes the whole name from " + "nameParameter",
          "remove the name, or use 'naming: prefix-parameter' to put a prefix before it");
    }
    if (!hasParameter(role, path)) {
      return;
    }
    String previous = wholeNameParameters.putIfAbsent(role.nameParameter(), role.id());
    if (previous != null) {
      context.error(
          DiagnosticCode.DUPLICATE_NAME,
          path + ".nameParameter",
          "roles "
              + previous
              + " and "
              + role.id()
              + " would both be named by parameter '"
              + role.nameParameter()
              + "'",
          "give each role a name parameter of its own");
    }
    checkLength(role, path, RoleNaming.MAX_ROLE_NAME, "the role name");
  }

  private void checkPrefixed(RoleSpec role, String path) {
    boolean named = checkName(role, path, RoleNaming.MAX_ROLE_NAME);
    if (hasParameter(role, path) && named) {
      checkLength(
          role,
          path,
          RoleNaming.MAX_ROLE_NAME - role.name().length(),
          role.naming() == RoleSpec.Naming.SUFFIX_PARAMETER ? "the suffix" : "the prefix");
    }
  }

  private boolean hasParameter(RoleSpec role, String path) {
    String name = role.nameParameter();
    if (name == null) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          path + ".nameParameter",
          "naming '" + role.naming().label() + "' needs a nameParameter",
          "add 'nameParameter: RoleName' (created for you when not declared)");
      return false;
    }
    if (name.equals(context.blueprint().externalId().parameter())) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".nameParameter",
          "the role name cannot come from the ExternalId parameter",
          "name another parameter, such as RoleName");
      return false;
    }
    Optional<String> otherUse = otherUse(role, name);
    if (otherUse.isPresent()) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".nameParameter",
          "parameter '" + name + "' is also " + otherUse.get(),
          "give the role name a parameter of its own, such as " + role.id() + "Name");
      return false;
    }
    return true;
  }

  /** What else {@code name} is in this blueprint, if anything: one name, one meaning. */
  private Optional<String> otherUse(RoleSpec role, String name) {
    for (RoleSpec other : context.blueprint().roles()) {
      if (name.equals(other.id())) {
        return Optional.of("the logical id of role " + other.id());
      }
      if (name.equals(other.regionsParameter())) {
        return Optional.of("the region list of role " + other.id());
      }
      if (name.equals(other.permissionsBoundaryParameter())) {
        return Optional.of("the permissions boundary of role " + other.id());
      }
      if (name.equals(other.nameParameter())
          && other.naming() != role.naming()
          && RoleNaming.FROM_PARAMETER.contains(other.naming())) {
        return Optional.of(
            "the " + other.naming().label() + " name parameter of role " + other.id());
      }
    }
    return Optional.empty();
  }

  /** A declared parameter must be a String whose longest value leaves the name within 64. */
  private void checkLength(RoleSpec role, String path, int room, String what) {
    ParameterSpec declared = context.declaredParameters().get(role.nameParameter());
    if (declared == null) {
      return;
    }
    String at = path + ".nameParameter";
    if (declared.type() != ParameterSpec.Type.STRING) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "parameter '"
              + declared.name()
              + "' holds "
              + what
              + " but is a "
              + declared.type().label(),
          "make it a String parameter, or leave it undeclared so it is created for you");
      return;
    }
    OptionalInt longest = longest(declared);
    if (longest.isEmpty() || longest.getAsInt() > room) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "parameter '"
              + declared.name()
              + "' holds "
              + what
              + " and could be "
              + (longest.isEmpty() ? "of any length" : longest.getAsInt() + " characters long")
              + ", but IAM allows role names of at most 64 characters",
          "give the parameter 'maxLength: "
              + room
              + "' (or an allowedPattern such as "
              + "^[\\w+=,.@-]{1,"
              + room
              + "}$), or leave it undeclared so it is created for you");
    }
  }

  /** The longest value the parameter accepts, if its MaxLength or AllowedPattern says. */
  static OptionalInt longest(ParameterSpec parameter) {
    OptionalInt fromPattern = OptionalInt.empty();
    if (parameter.allowedPattern() != null) {
      Matcher bounded = BOUNDED.matcher(parameter.allowedPattern());
      if (bounded.matches()) {
        String upper = bounded.group(2) == null ? bounded.group(1) : bounded.group(2);
        fromPattern = OptionalInt.of(Integer.parseInt(upper));
      }
    }
    if (parameter.maxLength() == null) {
      return fromPattern;
    }
    int max = parameter.maxLength();
    return OptionalInt.of(fromPattern.isPresent() ? Math.min(max, fromPattern.getAsInt()) : max);
  }
}

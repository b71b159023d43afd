package dev.onramp.compile;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.blueprint.model.TagValue;
import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code roles}: ids, names, paths and tags fit IAM's rules, and what each role refers
 * to exists — its policy sets, the parameters of its switches, boundary and region list.
 */
final class RoleChecks {
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ROLE_PATH = Pattern.compile("/([\\x21-\\x7E&&[^/]]+/)*");
  private static final int MAX_TAGS = 50;

  private final SectionContext context;

  RoleChecks(SectionContext context) {
    this.context = context;
  }

  void check() {
    if (context.blueprint().roles().isEmpty()) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          "roles",
          "the blueprint creates no role",
          "add a role under 'roles' with an 'id'");
    }
    Set<String> ids = new HashSet<>();
    Set<String> fixedNames = new HashSet<>();
    RoleParameterChecks parameters = new RoleParameterChecks(context);
    RoleNamingChecks naming = new RoleNamingChecks(context);
    StatementChecks statements = new StatementChecks(context);
    for (int i = 0; i < context.blueprint().roles().size(); i++) {
      RoleSpec role = context.blueprint().roles().get(i);
      String path = "roles[" + i + "]";
      if (!ids.add(role.id()) || context.declaredParameters().containsKey(role.id())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".id",
            "id '" + role.id() + "' is already used by another role or a parameter",
            "give each role an id of its own");
      }
      if (RoleNamingChecks.handles(role)) {
        naming.check(role, path);
      } else {
        checkName(role, path);
      }
      if (role.naming() != RoleSpec.Naming.GENERATED
          && role.name() != null
          && !fixedNames.add(role.naming() + role.name())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "role name '" + role.name() + "' is used by two roles",
            "give each role its own name");
      }
      if (!ROLE_PATH.matcher(role.path()).matches() || role.path().length() > 512) {
        context.error(
            DiagnosticCode.INVALID_NAME,
            path + ".path",
            "'" + role.path() + "' is not an IAM path",
            "start and end the path with '/', such as /vendor/");
      }
      checkTags(role.tags(), path + ".tags");
      parameters.checkPermissionsBoundary(role, path);
      parameters.checkRegionsParameter(role, path);
      checkPolicySetRefs(role, path);
      for (int m = 0; m < role.managedPolicies().size(); m++) {
        Switch when = role.managedPolicies().get(m).when();
        if (when != null) {
          checkSwitch(when, path + ".managedPolicies[" + m + "].when");
        }
      }
      statements.check(role.statements(), path + ".statements", false, role.id());
      SwitchCheck.check(context, role.when(), path + ".when");
    }
  }

  private void checkName(RoleSpec role, String path) {
    if (role.naming() == RoleSpec.Naming.GENERATED) {
      if (role.name() != null) {
        context.error(
            DiagnosticCode.INVALID_NAME,
            path + ".name",
            "a name is set but naming is 'generated'",
            "add 'naming: stack-prefixed' (or 'fixed') to use the name, or remove it");
      }
      return;
    }
    if (role.name() == null) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          path + ".name",
          "naming '" + role.naming().label() + "' needs a name",
          "add 'name: VendorReadOnly'");
      return;
    }
    int room = role.naming() == RoleSpec.Naming.FIXED ? 64 : 64 - 2;
    if (!ROLE_NAME.matcher(role.name()).matches() || role.name().length() > room) {
      context.error(
          DiagnosticCode.INVALID_NAME,
          path + ".name",
          "role name '" + role.name() + "' is not a valid IAM role name",
          "use at most " + room + " letters, digits and + = , . @ _ -");
    }
  }

  private void checkTags(Map<String, TagValue> tags, String path) {
    if (tags.size() > MAX_TAGS) {
      context.error(
          DiagnosticCode.INVALID_VALUE,
          path,
          "a role can have at most " + MAX_TAGS + " tags, found " + tags.size(),
          "remove tags");
    }
    TagValueChecks values = new TagValueChecks(context);
    for (Map.Entry<String, TagValue> tag : tags.entrySet()) {
      if (tag.getKey().length() > 128 || tag.getKey().startsWith("aws:")) {
        context.error(
            DiagnosticCode.INVALID_NAME,
            path + "." + tag.getKey(),
            "tag key '" + tag.getKey() + "' is not allowed",
            "use at most 128 characters, not starting with 'aws:'");
      }
      values.check(tag.getValue(), path + "." + tag.getKey());
    }
  }

  private void checkPolicySetRefs(RoleSpec role, String path) {
    Set<String> attached = new HashSet<>();
    KeyPrefixChecks prefixes = new KeyPrefixChecks(context);
    for (int s = 0; s < role.policySets().size(); s++) {
      String set = role.policySets().get(s).set();
      String at = path + ".policySets[" + s + "]";
      if (!context.policySetNames().contains(set)) {
        context.error(
            DiagnosticCode.UNKNOWN_POLICY_SET,
            at + ".set",
            "unknown policy set '" + set + "'",
            DidYouMean.hint(set, context.policySetNames()));
      } else if (!attached.add(set)) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            at + ".set",
            "policy set '" + set + "' is attached twice to role " + role.id(),
            "attach each set once; to turn it on for several values use 'when.in'");
      }
      prefixes.check(role.policySets().get(s), at);
      Switch when = role.policySets().get(s).when();
      if (when != null) {
        checkSwitch(when, at + ".when");
      }
    }
  }

  private void checkSwitch(Switch when, String path) {
    SwitchCheck.check(context, when, path);
  }
}

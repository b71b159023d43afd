package dev.onramp.compile.organization;

import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ONR310, the one rule on IAM names in a StackSet: IAM names are global to an account, and a
 * StackSet that deploys to several regions creates the member's resources once per region in each
 * account, so a name that is the same in every region fails in every region after the first.
 *
 * <p>A name differs between those stacks only if it is built from {@code AWS::Region} or {@code
 * AWS::StackId}. {@code AWS::StackName} does not help: the stacks of one StackSet in one account
 * have the same name in every region, so a stack-prefixed name collides like a fixed one. Leaving
 * the name out (CloudFormation generates a unique one) always works.
 */
final class GlobalIamNames {
  /** The property that names each IAM resource type whose names are global to an account. */
  static final Map<String, String> NAME_PROPERTIES =
      Map.of(
          "AWS::IAM::Role", "RoleName",
          "AWS::IAM::ManagedPolicy", "ManagedPolicyName",
          "AWS::IAM::User", "UserName",
          "AWS::IAM::Group", "GroupName",
          "AWS::IAM::InstanceProfile", "InstanceProfileName");

  /** Pseudo parameters whose value differs between the stacks of one StackSet in one account. */
  private static final List<String> PER_STACK = List.of("AWS::Region", "AWS::StackId");

  private GlobalIamNames() {}

  /** Whether {@code resource} is an IAM resource with a name of its own. */
  static boolean isNamed(Template.Resource resource) {
    String property = NAME_PROPERTIES.get(resource.type());
    return property != null && resource.properties().containsKey(property);
  }

  /**
   * Warns at {@code where} about each IAM resource of {@code member} whose name is the same in
   * every region, when the member goes to more than one of {@code regions}.
   */
  static void check(
      Template member, List<Object> regions, SourceLocation where, Diagnostics diagnostics) {
    if (regions.size() < 2) {
      return;
    }
    List<String> named = new ArrayList<>();
    member
        .resources()
        .forEach(
            (id, resource) -> {
              String property = NAME_PROPERTIES.get(resource.type());
              Object name = property == null ? null : resource.properties().get(property);
              if (name != null && !mentionsAny(name, PER_STACK)) {
                named.add(resource.type() + " " + id + " (" + property + " " + text(name) + ")");
              }
            });
    if (!named.isEmpty()) {
      diagnostics.warning(
          DiagnosticCode.GLOBAL_NAMES_IN_SEVERAL_REGIONS,
          where,
          "the member template names "
              + String.join(", ", named)
              + ", and the StackSet deploys it to "
              + regions.size()
              + " regions ("
              + String.join(", ", regions.stream().map(GlobalIamNames::text).toList())
              + "): IAM names are global to an account, so the stack in every region after the"
              + " first fails on a name already taken",
          "let the member's roles use naming: generated (a stack-prefixed name is the same in"
              + " every region), or deploy the member to one region");
    }
  }

  /** A name or region as the blueprint author wrote it. */
  private static String text(Object value) {
    return value instanceof Fn.Sub sub ? sub.text() : String.valueOf(value);
  }

  private static boolean mentionsAny(Object value, List<String> names) {
    if (value instanceof String text) {
      return names.stream().anyMatch(text::contains);
    }
    if (value instanceof Fn fn) {
      return mentionsAny(fn.argument(), names);
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(child -> mentionsAny(child, names));
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(child -> mentionsAny(child, names));
    }
    return false;
  }
}

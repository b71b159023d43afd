package dev.onramp.compile.organization;

import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ONR310: IAM names are global to an account, so a member template that names an IAM resource fails
 * in every region after the first when the StackSet spans several.
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
              if (name != null && !String.valueOf(name).contains("AWS::Region")) {
                named.add(resource.type() + " " + id);
              }
            });
    if (!named.isEmpty()) {
      diagnostics.warning(
          DiagnosticCode.GLOBAL_NAMES_IN_SEVERAL_REGIONS,
          where,
          "the member template names "
              + String.join(", ", named)
              + ", and the StackSet deploys to "
              + regions.size()
              + " regions: IAM names are global to an account, so the stack in every region"
              + " after the first fails on a name already taken",
          "deploy the member to one region, or let the member's roles use naming: generated");
    }
  }
}

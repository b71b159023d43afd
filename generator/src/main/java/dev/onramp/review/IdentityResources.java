package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IAM users and groups of a template, beside roles: what they may do (their inline policies,
 * managed policies and permissions boundary, read as a role's), and the facts about them that grant
 * access the review cannot weigh: a user's group memberships, console password and access keys.
 * Those are listed as not reviewed, so that a new one shows in a diff as a change to read.
 */
final class IdentityResources {
  private IdentityResources() {}

  /** An {@code AWS::IAM::User}. */
  static void user(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    Map<String, Object> properties = resource.properties();
    Subject user = scope.subject(Subject.Type.TEMPLATE_USER, id);
    scope.defines(user, guard);
    scope.identity(user, properties, guard);
    List<String> facts = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Branches.Branch group : Branches.elements(properties.get("Groups"), guard)) {
      groups.add(name("Groups", group.value(), scope) + Sentences.when(group.guard()));
    }
    if (!groups.isEmpty()) {
      facts.add(
          "member of "
              + String.join(", ", groups.stream().sorted().toList())
              + " (their policies apply to it)");
    }
    if (properties.get("LoginProfile") != null) {
      facts.add("signs in to the console with a password (LoginProfile)");
    }
    if (!facts.isEmpty()) {
      scope.unreviewed(id, String.join("; ", facts));
    }
  }

  /** An {@code AWS::IAM::Group}. */
  static void group(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    Subject group = scope.subject(Subject.Type.TEMPLATE_GROUP, id);
    scope.defines(group, guard);
    scope.identity(group, resource.properties(), guard);
  }

  /** An {@code AWS::IAM::AccessKey}: a long-lived credential of the user it names. */
  static void accessKey(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    Object status = resource.properties().get("Status");
    scope.unreviewed(
        id,
        "access key of "
            + name("UserName", resource.properties().get("UserName"), scope)
            + (status == null ? "" : " (" + CanonicalText.of(status) + ")")
            + ", a long-lived credential: who holds it is not known here"
            + Sentences.when(guard));
  }

  /** An {@code AWS::IAM::UserToGroupAddition}: users made members of a group. */
  static void groupAddition(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    List<String> users = new ArrayList<>();
    for (Branches.Branch user : Branches.elements(resource.properties().get("Users"), guard)) {
      users.add(name("Users", user.value(), scope) + Sentences.when(user.guard()));
    }
    scope.unreviewed(
        id,
        "makes "
            + String.join(", ", users.stream().sorted().toList())
            + " members of "
            + name("GroupName", resource.properties().get("GroupName"), scope)
            + ", whose policies then apply to them");
  }

  /** {@code user Auditor} for a user of the template, {@code user named x} for another. */
  private static String name(String property, Object value, TemplateScanner.TemplateScope scope) {
    Subject subject = scope.target(property, value);
    return subject.type().label() + " " + subject.name();
  }
}

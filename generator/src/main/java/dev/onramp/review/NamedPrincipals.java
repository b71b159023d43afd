package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The roles, users and groups a template defines, found by what a policy names them with: a {@code
 * !Ref} of the resource (which is its name) or the literal name of its {@code RoleName}, {@code
 * UserName} or {@code GroupName}, so that a policy attaching to one is attributed to the logical id
 * like the resource's own policies.
 */
final class NamedPrincipals {
  /** The principal types, by the property of a policy that names them ({@code Roles}, …). */
  private enum Kind {
    ROLE("AWS::IAM::Role", "RoleName", Subject.Type.ROLE, Subject.Type.EXTERNAL_ROLE),
    USER("AWS::IAM::User", "UserName", Subject.Type.TEMPLATE_USER, Subject.Type.USER),
    GROUP("AWS::IAM::Group", "GroupName", Subject.Type.TEMPLATE_GROUP, Subject.Type.GROUP);

    final String resourceType;
    final String nameProperty;
    final Subject.Type defined;
    final Subject.Type external;

    Kind(String resourceType, String nameProperty, Subject.Type defined, Subject.Type external) {
      this.resourceType = resourceType;
      this.nameProperty = nameProperty;
      this.defined = defined;
      this.external = external;
    }

    static Kind of(String property) {
      return switch (property) {
        case "Users", "UserName" -> USER;
        case "Groups", "GroupName" -> GROUP;
        default -> ROLE;
      };
    }
  }

  private final Template template;
  private final Map<Kind, Map<String, String>> idsByName = new HashMap<>();

  NamedPrincipals(Template template) {
    this.template = template;
    template
        .resources()
        .forEach(
            (id, resource) -> {
              for (Kind kind : Kind.values()) {
                Object name = resource.properties().get(kind.nameProperty);
                if (resource.type().equals(kind.resourceType) && name != null) {
                  idsByName
                      .computeIfAbsent(kind, k -> new HashMap<>())
                      .put(CanonicalText.of(name), id);
                }
              }
            });
  }

  /** Whether resources of {@code type} are roles, users or groups. */
  static boolean defines(String type) {
    for (Kind kind : Kind.values()) {
      if (kind.resourceType.equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** The type of a subject defined in the template that {@code property} names. */
  static Subject.Type definedType(String property) {
    return Kind.of(property).defined;
  }

  /** The type of a subject named by {@code property} but not defined in the template. */
  static Subject.Type externalType(String property) {
    return Kind.of(property).external;
  }

  /**
   * The logical id of the role, user or group of the template that {@code name}, the value of a
   * {@code Roles}, {@code Users} or {@code Groups} entry (or of a {@code RoleName}, …), refers to.
   */
  Optional<String> defined(String property, Object name) {
    Kind kind = Kind.of(property);
    if (name instanceof Fn.Ref ref) {
      Template.Resource target = template.resources().get(ref.name());
      if (target != null && target.type().equals(kind.resourceType)) {
        return Optional.of(ref.name());
      }
    }
    return Optional.ofNullable(idsByName.getOrDefault(kind, Map.of()).get(CanonicalText.of(name)));
  }
}

package dev.onramp.cdk;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CDK class a template resource becomes. IAM roles and managed policies use their L1 classes,
 * whose builders name each property and whose attribute getters read well; every other resource is
 * a {@code CfnResource} with its property map, exactly as the template has it.
 */
enum CdkResourceClass {
  ROLE(
      "AWS::IAM::Role",
      "software.amazon.awscdk.services.iam.CfnRole",
      Map.of(
          "AssumeRolePolicyDocument", new Setter("assumeRolePolicyDocument", JavaCode.Kind.OBJECT),
          "Description", new Setter("description", JavaCode.Kind.STRING),
          "ManagedPolicyArns", new Setter("managedPolicyArns", JavaCode.Kind.LIST),
          "MaxSessionDuration", new Setter("maxSessionDuration", JavaCode.Kind.NUMBER),
          "Path", new Setter("path", JavaCode.Kind.STRING),
          "PermissionsBoundary", new Setter("permissionsBoundary", JavaCode.Kind.STRING),
          "Policies", new Setter("policies", JavaCode.Kind.LIST),
          "RoleName", new Setter("roleName", JavaCode.Kind.STRING),
          "Tags", new Setter("tags", JavaCode.Kind.LIST)),
      Set.of("Arn", "RoleId")),
  MANAGED_POLICY(
      "AWS::IAM::ManagedPolicy",
      "software.amazon.awscdk.services.iam.CfnManagedPolicy",
      Map.of(
          "Description", new Setter("description", JavaCode.Kind.STRING),
          "Groups", new Setter("groups", JavaCode.Kind.LIST),
          "ManagedPolicyName", new Setter("managedPolicyName", JavaCode.Kind.STRING),
          "Path", new Setter("path", JavaCode.Kind.STRING),
          "PolicyDocument", new Setter("policyDocument", JavaCode.Kind.OBJECT),
          "Roles", new Setter("roles", JavaCode.Kind.LIST),
          "Users", new Setter("users", JavaCode.Kind.LIST)),
      Set.of("PolicyArn", "PolicyId", "CreateDate", "UpdateDate", "DefaultVersionId")),
  RESOURCE("", "software.amazon.awscdk.CfnResource", Map.of(), Set.of());

  /** A typed builder method and the kind of value it takes. */
  record Setter(String method, JavaCode.Kind kind) {}

  private final String type;
  private final String qualifiedName;
  private final Map<String, Setter> setters;
  private final Set<String> typedAttributes;

  CdkResourceClass(
      String type, String qualifiedName, Map<String, Setter> setters, Set<String> attributes) {
    this.type = type;
    this.qualifiedName = qualifiedName;
    this.setters = setters;
    this.typedAttributes = attributes;
  }

  /** The typed L1 class for a resource type, or {@code CfnResource}. */
  static CdkResourceClass forType(String resourceType) {
    for (CdkResourceClass candidate : values()) {
      if (candidate.type.equals(resourceType)) {
        return candidate;
      }
    }
    return RESOURCE;
  }

  String qualifiedName() {
    return qualifiedName;
  }

  String simpleName() {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  boolean isTyped() {
    return this != RESOURCE;
  }

  Optional<Setter> setter(String property) {
    return Optional.ofNullable(setters.get(property));
  }

  /** {@code Arn} reads {@code getAttrArn()} where the L1 class has that getter. */
  boolean hasAttributeGetter(String attribute) {
    return typedAttributes.contains(attribute);
  }
}

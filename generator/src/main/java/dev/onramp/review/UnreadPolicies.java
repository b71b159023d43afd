package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A resource of a type {@link PolicyReaders} does not read that may still grant access, so that it
 * is listed as not reviewed rather than dropped: a property named like a policy ({@code
 * ResourcePolicy}, {@code AccessPolicies}, {@code FileSystemPolicy}, …), a type that is a policy
 * ({@code AWS::Organizations::Policy}), any other {@code AWS::IAM::} type, a custom or SAM resource
 * with a policy-like property anywhere in it (a custom resource may create IAM by code), a SAM
 * connector or nested application.
 */
final class UnreadPolicies {
  /**
   * Property names that hold or name a policy: {@code Policy}, {@code KeyPolicy}, {@code …Text}.
   */
  private static final Pattern POLICY_PROPERTY =
      Pattern.compile("(.*Polic(y|ies)(Document|Text)?|.*PolicyArns?|AssumeRolePolicyDocument)");

  /**
   * Properties named like policies that decide something other than who may access what (message
   * redrive, lifecycle, retention, data masking, scaling, caching).
   */
  private static final Set<String> NOT_ACCESS =
      Set.of(
          "BlockPublicPolicy",
          "CachePolicy",
          "FirewallPolicy",
          "OriginRequestPolicy",
          "ResponseHeadersPolicy",
          "StepScalingPolicy",
          "CachePolicyId",
          "DataProtectionPolicy",
          "DeletionPolicy",
          "LifecyclePolicy",
          "LifecyclePolicies",
          "PlacementPolicy",
          "RedriveAllowPolicy",
          "RedrivePolicy",
          "RetentionPolicy",
          "ScalingPolicy",
          "TerminationPolicies",
          "UpdatePolicy",
          "UpdateReplacePolicy");

  /** IAM types that grant no access of their own. */
  private static final Set<String> IAM_WITHOUT_ACCESS =
      Set.of(
          // Passes a role the template's or a named one, whose policies are read as the role's.
          "AWS::IAM::InstanceProfile", "AWS::IAM::ServerCertificate", "AWS::IAM::VirtualMFADevice");

  /** Types that grant access in a way the review does not read, whatever their properties. */
  private static final Map<String, String> UNREAD_TYPES =
      Map.of(
          "AWS::Serverless::Application",
          "a nested SAM application: its template is not read",
          "AWS::Serverless::Connector",
          "a SAM connector: the policies the transform writes for it are not read");

  /**
   * The last part of a type's name when the type is itself a policy ({@code AWS::IoT::Policy},
   * {@code AWS::Glue::ResourcePolicy}, {@code AWS::Organizations::Policy}).
   */
  private static final Pattern POLICY_TYPE = Pattern.compile(".*::[A-Za-z]*Policy");

  private UnreadPolicies() {}

  /** What a not-reviewed line says of the resource, if it may grant access. */
  static Optional<String> of(Template.Resource resource) {
    String type = resource.type();
    boolean custom =
        type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource");
    if (UNREAD_TYPES.containsKey(type)) {
      return Optional.of(UNREAD_TYPES.get(type));
    }
    // A custom resource or a SAM resource may carry a policy anywhere in its properties (a SAM
    // API's Auth.ResourcePolicy); other types at the top.
    boolean deep = custom || type.startsWith("AWS::Serverless::");
    Set<String> found = new TreeSet<>();
    collect(resource.properties(), "", deep, found);
    if (!found.isEmpty()) {
      return Optional.of(
          type
              + " "
              + (found.size() == 1 ? "property " : "properties ")
              + String.join(", ", found)
              + " may grant access; the review does not read this type");
    }
    String last = type.substring(type.lastIndexOf(':') + 1);
    boolean policyType = POLICY_TYPE.matcher(type).matches() && !NOT_ACCESS.contains(last);
    if (policyType || type.startsWith("AWS::IAM::") && !IAM_WITHOUT_ACCESS.contains(type)) {
      return Optional.of(type + " may grant access; the review does not read this type");
    }
    return Optional.empty();
  }

  /**
   * What a resource's {@code Fn::Transform}s say, if it has any: a macro rewrites that part of the
   * template when the stack is made, so what it writes there (a vendor's policy, often) is not in
   * the template to read.
   */
  static Optional<String> transforms(Template.Resource resource) {
    Set<String> found = new TreeSet<>();
    transformsIn(resource.properties(), "", found);
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Fn::Transform at "
                + String.join(", ", found)
                + ": what the macro writes there is not read");
  }

  private static void transformsIn(Object value, String path, Set<String> found) {
    if (value instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.containsKey("Fn::Transform")) {
        found.add(path + " (macro " + macroNames(map.get("Fn::Transform")) + ")");
        return;
      }
      map.forEach(
          (key, child) ->
              transformsIn(child, path.isEmpty() ? String.valueOf(key) : path + "." + key, found));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        transformsIn(list.get(i), path + "[" + i + "]", found);
      }
    } else if (value instanceof Fn.If branches) {
      transformsIn(branches.whenTrue(), path, found);
      transformsIn(branches.whenFalse(), path, found);
    }
  }

  /** The {@code Name} of each macro an {@code Fn::Transform} calls (one or a list). */
  private static String macroNames(Object transform) {
    Set<String> names = new TreeSet<>();
    for (Object call : transform instanceof List<?> list ? list : List.of(transform)) {
      names.add(
          call instanceof Map<?, ?> fields
              ? CanonicalText.of(fields.get("Name"))
              : CanonicalText.of(call));
    }
    return String.join(", ", names);
  }

  /**
   * The policy-like properties of {@code value}: its own keys, and nested ones when {@code deep}.
   */
  private static void collect(Object value, String path, boolean deep, Set<String> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, child) -> {
            String name = String.valueOf(key);
            String at = path.isEmpty() ? name : path + "." + name;
            if (POLICY_PROPERTY.matcher(name).matches() && !NOT_ACCESS.contains(name)) {
              found.add(at);
            } else if (deep) {
              collect(child, at, true, found);
            }
          });
    } else if (deep && value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), path + "[" + i + "]", true, found);
      }
    }
  }
}

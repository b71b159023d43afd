package dev.onramp.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the compiler knows about a template it made, as values: which blueprint and version it is,
 * which managed policy implements which policy set of which role, which resources make up the Cost
 * and Usage Report, which StackSet onboards which member. Readers (the guide, publishing) use these
 * instead of reading {@code Metadata} back by key or guessing a resource's purpose from its type.
 *
 * @param policySets the policy set each customer managed policy implements, by the policy's logical
 *     id, in template order
 * @param costReports the Cost and Usage Reports the template creates: its own first, then one a
 *     copy of the member creates in the management account
 * @param member the member an organization's StackSet onboards
 * @param registrations the logical ids of the custom resources that register the account with the
 *     vendor (the template's own and a management copy's)
 * @param stackName the default stack name quick-create links fill in ({@code metadata.stackName},
 *     else the blueprint name)
 * @param rawResources the resources the blueprint wrote as is under {@code resources:}, in template
 *     order (the template's own, then a management copy's)
 */
public record TemplateFacts(
    String blueprint,
    String version,
    Map<String, PolicySetPolicy> policySets,
    List<CostReportParts> costReports,
    Optional<MemberStackSet> member,
    List<String> registrations,
    String stackName,
    List<RawResource> rawResources) {

  public TemplateFacts {
    policySets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policySets));
    costReports = List.copyOf(costReports);
    registrations = List.copyOf(registrations);
    rawResources = List.copyOf(rawResources);
  }

  /** The facts of a template the compiler did not make: only its name is known. */
  public static TemplateFacts none(String blueprint) {
    return new TemplateFacts(
        blueprint, "", Map.of(), List.of(), Optional.empty(), List.of(), blueprint, List.of());
  }

  /** The policy set that managed policy {@code logicalId} implements, if it implements one. */
  public Optional<PolicySetPolicy> policySetOf(String logicalId) {
    return Optional.ofNullable(policySets.get(logicalId));
  }

  /** The Cost and Usage Report that resource {@code logicalId} is a part of, if any. */
  public Optional<CostReportParts> costReportOf(String logicalId) {
    return costReports.stream().filter(report -> report.ids().contains(logicalId)).findFirst();
  }

  /** The template's first Cost and Usage Report (its own, if it has one). */
  public Optional<CostReportParts> costReport() {
    return costReports.stream().findFirst();
  }

  /**
   * These facts with {@code other}'s added, each of its logical ids prefixed with {@code prefix}:
   * what a copy of another template (the member's, in the management account) brings along.
   */
  public TemplateFacts withCopyOf(TemplateFacts other, String prefix) {
    Map<String, PolicySetPolicy> sets = new LinkedHashMap<>(policySets);
    other.policySets.forEach((id, set) -> sets.put(prefix + id, set.withRole(prefix + set.role())));
    List<CostReportParts> reports = new ArrayList<>(costReports);
    other.costReports.forEach(report -> reports.add(report.withPrefix(prefix)));
    List<String> registered = new ArrayList<>(registrations);
    other.registrations.forEach(id -> registered.add(prefix + id));
    List<RawResource> raw = new ArrayList<>(rawResources);
    other.rawResources.forEach(resource -> raw.add(resource.withPrefix(prefix)));
    return new TemplateFacts(blueprint, version, sets, reports, member, registered, stackName, raw);
  }

  /**
   * These facts without the registrations whose resource the template does not have: a member
   * copy's registration folded into the stack's own (one registration per account).
   */
  public TemplateFacts withRegistrationsAmong(java.util.Set<String> resources) {
    List<String> present = registrations.stream().filter(resources::contains).toList();
    return present.size() == registrations.size()
        ? this
        : new TemplateFacts(
            blueprint, version, policySets, costReports, member, present, stackName, rawResources);
  }

  /**
   * A resource the blueprint wrote as is ({@code resources:}), which no section vouches for.
   *
   * @param grantsAccess whether it is of a type that grants access (a role, a policy, a bucket,
   *     topic, queue or key policy, a Lambda permission), shown in the permission inventory
   * @param readOnly whether the blueprint claims it grants only List and Read actions
   */
  public record RawResource(String logicalId, String type, boolean grantsAccess, boolean readOnly) {
    RawResource withPrefix(String prefix) {
      return new RawResource(prefix + logicalId, type, grantsAccess, readOnly);
    }
  }

  /** A customer managed policy that implements (a part of) policy set {@code set} of a role. */
  public record PolicySetPolicy(String set, boolean readOnly, String role) {
    PolicySetPolicy withRole(String newRole) {
      return new PolicySetPolicy(set, readOnly, newRole);
    }
  }

  /**
   * The logical ids of a Cost and Usage Report's resources.
   *
   * @param function the Lambda function that creates the report through the billing API, with its
   *     role and log group; all three null when CloudFormation creates the report natively
   */
  public record CostReportParts(
      String bucket,
      String bucketPolicy,
      String report,
      String function,
      String functionRole,
      String logGroup) {

    /** Whether a function creates the report (rather than a native CloudFormation resource). */
    public boolean createdByFunction() {
      return function != null;
    }

    /** Every logical id of the report's resources. */
    public List<String> ids() {
      List<String> ids = new ArrayList<>(List.of(bucket, bucketPolicy, report));
      if (function != null) {
        ids.addAll(List.of(function, functionRole, logGroup));
      }
      return ids;
    }

    CostReportParts withPrefix(String prefix) {
      return new CostReportParts(
          prefix + bucket,
          prefix + bucketPolicy,
          prefix + report,
          function == null ? null : prefix + function,
          function == null ? null : prefix + functionRole,
          function == null ? null : prefix + logGroup);
    }
  }

  /**
   * The StackSet that onboards an organization's member accounts and the member template it
   * deploys, as {@code Metadata.Onramp.MemberTemplate} records it.
   *
   * @param publishedKey the key the StackSet reads the member template from, when it is too large
   *     to embed and must be published first
   * @param registers whether the member stacks register their account with the vendor
   * @param managementSwitch the parameter that also creates the member's resources in the
   *     management account, when the template carries a copy of them
   */
  public record MemberStackSet(
      String stackSet,
      String blueprint,
      String version,
      String sha256,
      int bytes,
      Optional<String> publishedKey,
      boolean registers,
      Optional<String> managementSwitch) {}
}

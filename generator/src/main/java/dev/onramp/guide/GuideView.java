package dev.onramp.guide;

import java.util.List;

/**
 * Everything {@code guide.ftl} lays out for one blueprint's onboarding guide. Every decision is
 * made here, in Java; every string is Markdown already (text from the template escaped), so the
 * template only places it. Lists are empty, never null, when a section has nothing to say.
 *
 * @param title the guide's heading
 * @param vendor the vendor's name as customers know it
 * @param blueprint the blueprint's name, which is also the default stack name
 * @param description what the stack is for, from the blueprint
 * @param version the blueprint's version
 * @param sha256 the SHA-256 of the template the guide describes, so a reader can match the two
 * @param prerequisites what the customer needs before starting, one bullet each
 * @param resources what the stack creates
 * @param trust who may assume which role, and on which conditions
 * @param roles each role's permissions
 * @param parameters the form the customer fills in
 * @param launch how to start the stack: links per region, or the upload steps
 * @param capability the acknowledgement the console asks for
 * @param outputs what the stack reports once created
 * @param organization the member accounts' part, for a stack with an organization fan-out
 * @param retained what deleting the stack leaves behind
 * @param mermaid the diagram of trust and data flow, without its fence
 * @param rawResources the resources the blueprint wrote as is, which no section vouches for
 * @param callback what the registration with the vendor means while the stack runs: the wait for
 *     the vendor's answer, one paragraph each; empty without a registration
 * @param organizationIds how to find the ids a StackSet deploys to, as Markdown blocks; empty
 *     without a StackSet
 * @param updating how to update the stack to a new version of the template, as Markdown blocks
 * @param troubleshooting the common failures, their causes and what to do, one bullet each
 */
public record GuideView(
    String title,
    String vendor,
    String blueprint,
    String description,
    String version,
    String sha256,
    List<String> prerequisites,
    List<ResourceRow> resources,
    List<TrustRow> trust,
    List<RoleAccess> roles,
    List<ParameterRow> parameters,
    Launch launch,
    Capability capability,
    List<OutputRow> outputs,
    List<String> organization,
    List<RetainedRow> retained,
    String mermaid,
    List<RawResourceRow> rawResources,
    List<String> callback,
    List<String> organizationIds,
    List<String> updating,
    List<String> troubleshooting) {

  public GuideView {
    prerequisites = List.copyOf(prerequisites);
    resources = List.copyOf(resources);
    trust = List.copyOf(trust);
    roles = List.copyOf(roles);
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
    organization = List.copyOf(organization);
    retained = List.copyOf(retained);
    rawResources = List.copyOf(rawResources);
    callback = List.copyOf(callback);
    organizationIds = List.copyOf(organizationIds);
    updating = List.copyOf(updating);
    troubleshooting = List.copyOf(troubleshooting);
  }

  /**
   * A resource the blueprint wrote as is ({@code resources:}): its logical id, type, what it grants
   * and when it is created; {@code resourcePolicy} when it grants principals access of its own (a
   * bucket, topic, queue or key policy, a Lambda permission), not through a role.
   */
  public record RawResourceRow(
      String logicalId, String type, String grants, String when, boolean resourcePolicy) {
    public RawResourceRow {
      grants = cell(grants);
      when = cell(when);
    }
  }

  /** A resource of the stack: its logical id, type, what it is for, and when it is created. */
  public record ResourceRow(String logicalId, String type, String purpose, String when) {
    public ResourceRow {
      purpose = cell(purpose);
      when = cell(when);
    }
  }

  /** One trust statement: the role, who may assume it, the conditions, and when. */
  public record TrustRow(String role, String principal, String conditions, String when) {
    public TrustRow {
      principal = cell(principal);
      conditions = cell(conditions);
      when = cell(when);
    }
  }

  /**
   * One role's permissions: its permission sets (as the blueprint names and describes them), the
   * exact grants from the policy inventory, AWS managed policies, its boundary, and its actions by
   * service (a table and its notes, as Markdown blocks).
   */
  public record RoleAccess(
      String role,
      String summary,
      List<PermissionSetRow> permissionSets,
      List<GrantRow> grants,
      List<String> managedPolicies,
      List<String> boundaries,
      List<String> serviceTable,
      List<String> secretReads) {
    public RoleAccess {
      secretReads = List.copyOf(secretReads);
      permissionSets = List.copyOf(permissionSets);
      grants = List.copyOf(grants);
      managedPolicies = List.copyOf(managedPolicies);
      boundaries = List.copyOf(boundaries);
      serviceTable = List.copyOf(serviceTable);
    }
  }

  /** A policy set of the blueprint: name, what it allows, whether read-only, and when. */
  public record PermissionSetRow(String name, String allows, String readOnly, String when) {
    public PermissionSetRow {
      allows = cell(allows);
      when = cell(when);
    }
  }

  /** One merged statement of the inventory. */
  public record GrantRow(
      String effect, String actions, String resources, String conditions, String when) {
    public GrantRow {
      resources = cell(resources);
      conditions = cell(conditions);
      when = cell(when);
    }
  }

  /** A field of the stack's form. */
  public record ParameterRow(
      String name, String label, String defaultValue, String allowed, String description) {
    public ParameterRow {
      label = cell(label);
      defaultValue = cell(defaultValue);
      allowed = cell(allowed);
      description = cell(description);
    }
  }

  /**
   * How the customer starts the stack.
   *
   * @param published whether the vendor publishes the template in S3, so that links open it
   * @param links one quick-create link per region the blueprint lists; empty when not published
   * @param stackName the stack name the links fill in
   * @param externalIdParameter the parameter the vendor's own link fills in
   * @param cli the AWS CLI command that creates the same stack, for those who script it: every
   *     parameter without a default, as a placeholder to fill in
   * @param region the region every AWS CLI command of the guide names: the first the blueprint
   *     lists, or the placeholder {@code <region>}
   */
  public record Launch(
      boolean published,
      List<LaunchLink> links,
      String stackName,
      String externalIdParameter,
      String cli,
      String region) {
    public Launch {
      links = List.copyOf(links);
    }
  }

  /** A region's quick-create link and the console host it opens. */
  public record LaunchLink(String region, String partition, String url) {}

  /**
   * The IAM acknowledgement: the capability the stack needs and the console's check box text.
   *
   * @param named whether IAM resources have names the template chooses
   */
  public record Capability(String name, String checkbox, boolean named, List<String> reasons) {
    public Capability {
      reasons = List.copyOf(reasons);
    }
  }

  /** A stack output: its name and what it holds. */
  public record OutputRow(String name, String description, String when) {
    public OutputRow {
      description = cell(description);
      when = cell(when);
    }
  }

  /** A resource that stays after the stack is deleted, why, and how to remove it. */
  public record RetainedRow(String logicalId, String type, String why, String removal) {
    public RetainedRow {
      why = cell(why);
      removal = cell(removal);
    }
  }

  /**
   * Markdown for a table cell: {@code |} would split the cell, so it is escaped; GitHub unescapes
   * it again inside code spans, so a pattern such as {@code ^$|^arn:} reads as written.
   */
  static String cell(String markdown) {
    return markdown.replace("|", "\\|");
  }
}

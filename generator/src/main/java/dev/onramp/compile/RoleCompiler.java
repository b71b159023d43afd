package dev.onramp.compile;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ManagedPolicyRef;
import dev.onramp.blueprint.model.PolicySetRef;
import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.StatementSpec;
import dev.onramp.compile.policy.BuiltInPolicySets;
import dev.onramp.compile.policy.PolicySize;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.compile.reuse.ExistingRoles;
import dev.onramp.compile.reuse.ReadBucketsPolicy;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts.PolicySetPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles one role: the role itself with its trust policy, AWS managed policies, boundary and
 * region limit, then one customer managed policy per policy set (and one for the role's own
 * statements), each split into parts when IAM's size limit requires it and attached under the set's
 * switch.
 */
final class RoleCompiler {
  /** IAM's default quota of managed policies attached to one role. */
  static final int MANAGED_POLICIES_PER_ROLE = 10;

  private static final String OWN_STATEMENTS = "statements";

  private final Blueprint blueprint;
  private final SourceMap source;
  private final Diagnostics diagnostics;
  private final SwitchConditions switches;
  private final StatementCompiler statements;
  private final Map<String, PolicySetSpec> policySets;
  private final TemplateBuilder template;

  /** Writes into {@code template}, whose parameters are all declared. */
  RoleCompiler(SectionContext context, SwitchConditions switches, TemplateBuilder template) {
    this.blueprint = context.blueprint();
    this.source = context.source();
    this.diagnostics = context.diagnostics();
    this.switches = switches;
    this.template = template;
    this.statements = new StatementCompiler(template.parameters().keySet());
    Map<String, PolicySetSpec> sets = new TreeMap<>(BuiltInPolicySets.all());
    blueprint.policySets().forEach(set -> sets.put(set.name(), set));
    this.policySets = sets;
  }

  /** Adds the role and its policies to the template, in that order. */
  void compile(int index, RoleSpec role) {
    String path = "roles[" + index + "]";
    if (!ExistingRoles.isExisting(role)) {
      template.resource(
          role.id(),
          Template.Resource.of("AWS::IAM::Role", roleProperties(role, path)),
          source.at(path));
    }
    int attached = role.managedPolicies().size();
    for (int s = 0; s < role.policySets().size(); s++) {
      PolicySetRef ref = role.policySets().get(s);
      PolicySetSpec set =
          BuiltInPolicySets.withKeyPrefix(policySets.get(ref.set()), ref.keyPrefix());
      String condition = ref.when() == null ? null : switches.conditionFor(ref.when());
      attached +=
          addPolicies(
              role,
              set.name(),
              set.description(),
              set.statements(),
              new PolicySetPolicy(set.name(), set.readOnly(), role.id()),
              condition,
              path + ".policySets[" + s + "]");
    }
    if (!role.statements().isEmpty()) {
      attached +=
          addPolicies(
              role,
              OWN_STATEMENTS,
              "Statements of role " + role.id(),
              role.statements(),
              null,
              null,
              path + ".statements");
    }
    if (role.readBuckets() != null) {
      template.resource(
          ReadBucketsPolicy.logicalId(role),
          ReadBucketsPolicy.of(role, switches.listHasValues(role.readBuckets().parameter())),
          source.at(path + ".readBuckets"));
      attached++;
    }
    if (attached > MANAGED_POLICIES_PER_ROLE) {
      diagnostics.error(
          DiagnosticCode.TOO_MANY_MANAGED_POLICIES,
          source.at(path),
          "role "
              + role.id()
              + " would have "
              + attached
              + " managed policies attached; IAM"
              + " allows "
              + MANAGED_POLICIES_PER_ROLE
              + " by default",
          "attach fewer AWS managed policies or policy sets, or split the permissions over two"
              + " roles");
    }
  }

  private Map<String, Object> roleProperties(RoleSpec role, String path) {
    Map<String, Object> properties = new LinkedHashMap<>();
    switch (role.naming()) {
      case FIXED -> properties.put("RoleName", role.name());
      case STACK_PREFIXED -> properties.put("RoleName", Fn.sub("${AWS::StackName}-" + role.name()));
      case STACK_SUFFIXED, PARAMETER, PREFIX_PARAMETER, SUFFIX_PARAMETER ->
          properties.put("RoleName", RoleNaming.roleName(role));
      case GENERATED -> {
        // No RoleName: CloudFormation generates a unique one, so stacks never collide.
      }
    }
    if (!role.description().isEmpty()) {
      properties.put("Description", role.description());
    }
    if (!role.path().equals("/")) {
      properties.put("Path", role.path());
    }
    properties.put("MaxSessionDuration", role.maxSessionDuration());
    Map<String, Object> trust = TrustPolicy.forRole(blueprint, role);
    int trustSize = PolicySize.of(trust);
    if (trustSize > PolicySize.TRUST_POLICY_LIMIT) {
      diagnostics.error(
          DiagnosticCode.TRUST_POLICY_TOO_LARGE,
          source.at("vendor"),
          "the trust policy would be "
              + trustSize
              + " characters; IAM allows "
              + PolicySize.TRUST_POLICY_LIMIT,
          "shorten the vendor role ARN");
    }
    properties.put("AssumeRolePolicyDocument", trust);
    List<Object> managedArns = new ArrayList<>();
    for (ManagedPolicyRef policy : role.managedPolicies()) {
      Object arn = Fn.sub("arn:${AWS::Partition}:iam::aws:policy/" + policy.name());
      managedArns.add(
          policy.when() == null
              ? arn
              : Fn.ifThen(switches.conditionFor(policy.when()), arn, Fn.noValue()));
    }
    if (!managedArns.isEmpty()) {
      properties.put("ManagedPolicyArns", managedArns);
    }
    String boundary = role.permissionsBoundaryParameter();
    if (boundary != null) {
      properties.put(
          "PermissionsBoundary",
          Fn.ifThen(switches.hasValue(boundary), Fn.ref(boundary), Fn.noValue()));
    }
    String regions = role.regionsParameter();
    if (regions != null) {
      properties.put(
          "Policies", List.of(RegionLimit.inlinePolicy(regions, switches.listHasValues(regions))));
    }
    if (!role.tags().isEmpty()) {
      List<Object> tags = new ArrayList<>();
      new TreeMap<>(role.tags())
          .forEach(
              (key, value) ->
                  tags.add(
                      orderedMap(
                          "Key",
                          key,
                          "Value",
                          value.parameter() == null ? value.value() : Fn.ref(value.parameter()))));
      properties.put("Tags", tags);
    }
    return properties;
  }

  /**
   * Adds the policy (in parts if needed) and returns how many parts were attached. A policy set's
   * parts carry {@code Metadata.Onramp} naming the set and whether it claims to be read-only, so
   * checks on any template know which policy promises what; the compiler's own readers get the same
   * as a {@link PolicySetPolicy} fact.
   *
   * @param policySet the set the policy implements, or null for a role's own statements
   */
  private int addPolicies(
      RoleSpec role,
      String setName,
      String description,
      List<StatementSpec> specs,
      PolicySetPolicy policySet,
      String condition,
      String path) {
    Map<String, Object> metadata =
        policySet == null
            ? Map.of()
            : Map.of(
                "Onramp",
                orderedMap("PolicySet", policySet.set(), "ReadOnly", policySet.readOnly()));
    List<Map<String, Object>> compiled = new ArrayList<>();
    for (StatementSpec spec : specs) {
      compiled.add(statements.compile(spec, spec.sid(), spec.action()));
    }
    List<Map<String, Object>> documents;
    try {
      documents = PolicySplitter.split(compiled, PolicySize.MANAGED_POLICY_LIMIT);
    } catch (PolicySplitter.StatementTooLarge e) {
      diagnostics.error(
          DiagnosticCode.POLICY_TOO_LARGE,
          source.at(path),
          "a statement of '"
              + setName
              + "' is "
              + e.size()
              + " characters even with one action;"
              + " IAM allows "
              + PolicySize.MANAGED_POLICY_LIMIT
              + " per managed policy",
          "list fewer resources or condition values in that statement, or use wildcards");
      return 1;
    }
    for (int part = 1; part <= documents.size(); part++) {
      Map<String, Object> properties = new LinkedHashMap<>();
      String partNote =
          documents.size() > 1 ? " (part " + part + " of " + documents.size() + ")" : "";
      properties.put(
          "Description",
          truncate(
              (description.isEmpty() ? "Policy set " + setName : description) + partNote, 1000));
      properties.put("PolicyDocument", documents.get(part - 1));
      properties.put("Roles", List.of(ExistingRoles.reference(role)));
      Template.Resource policy =
          new Template.Resource(
              "AWS::IAM::ManagedPolicy", null, List.of(), null, null, metadata, properties);
      String id = LogicalIds.policy(role.id(), setName, part, documents.size());
      template.resource(
          id, condition == null ? policy : policy.withCondition(condition), source.at(path));
      if (policySet != null) {
        template.policySet(id, policySet);
      }
    }
    return documents.size();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}

package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policies of the template attached to roles that became {@code roles} entries: each one whose
 * statements have a blueprint form becomes a blueprint policy set attached to those roles (switched
 * as the policy was); the others stay raw resources, and a managed policy a role named in its
 * {@code ManagedPolicyArns} is attached from the policy's side instead, which grants the same.
 */
final class AttachedPolicies {
  private static final List<String> TYPES = List.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy");
  private static final Set<String> KNOWN =
      Set.of("PolicyName", "ManagedPolicyName", "PolicyDocument", "Roles", "Description", "Path");

  private final ImportContext context;
  private final Map<String, RoleDraft> roles;
  private final Set<String> setNames = new LinkedHashSet<>();

  AttachedPolicies(ImportContext context, Map<String, RoleDraft> roles) {
    this.context = context;
    this.roles = roles;
  }

  void fold() {
    for (String type : TYPES) {
      for (Map.Entry<String, Template.Resource> policy : context.untaken(type).entrySet()) {
        Optional<String> problem = fold(policy.getKey(), policy.getValue());
        problem.ifPresent(
            why -> {
              context.keepAsWritten(policy.getKey(), why);
              attachFromPolicySide(policy.getKey(), policy.getValue());
            });
      }
    }
  }

  private Optional<String> fold(String id, Template.Resource policy) {
    Set<String> attached = new LinkedHashSet<>();
    for (RoleDraft role : roles.values()) {
      if (role.policyArnRefs().contains(id)) {
        attached.add(role.id());
      }
    }
    Map<String, Object> properties = policy.properties();
    if (!KNOWN.containsAll(properties.keySet())) {
      return Optional.of(
          "it is also attached to users or groups, or has properties a policy set" + " lacks");
    }
    Object listed = properties.get("Roles");
    for (Object role : listed instanceof List<?> list ? list : List.of()) {
      if (!(role instanceof Fn.Ref ref && roles.containsKey(ref.name()))) {
        return Optional.of(
            "it is attached to a role that stays a raw resource or is not in the" + " template");
      }
      attached.add(ref.name());
    }
    if (attached.isEmpty()) {
      return Optional.of("it is attached to no role that became a roles: entry");
    }
    for (String referrer : context.references().to(id)) {
      if (!attached.contains(referrer)) {
        return Optional.of(referrer + " refers to it, which a policy set could not keep");
      }
    }
    Switch when = null;
    if (policy.condition() != null) {
      Optional<Switch> on = context.switchFor(policy.condition());
      if (on.isEmpty()) {
        return Optional.of(context.whyNoSwitch(policy.condition()));
      }
      when = on.get();
    }
    Optional<List<DraftMap>> statements =
        new StatementMapping(context.text()).of(properties.get("PolicyDocument"));
    if (statements.isEmpty()) {
      return Optional.of("a statement's value has no blueprint form");
    }
    String name = setName(id);
    StatementMapping.uniqueSids(statements.get(), new LinkedHashSet<>());
    DraftMap set =
        new DraftMap()
            .put("name", name)
            .put(
                "description",
                properties.get("Description") instanceof String description
                    ? description
                    : "From " + policy.type() + " " + id + " of the original template.")
            .put("statements", new ArrayList<Object>(statements.get()));
    set.headComment("From Resources." + id + " (" + policy.type() + ").");
    context.section("policySets").add(set);
    for (String role : attached) {
      roles.get(role).addPolicySet(name, when, "Resources." + id + " was attached to this role.");
    }
    List<String> changes = new ArrayList<>();
    for (String key : List.of("PolicyName", "ManagedPolicyName", "Path")) {
      if (properties.containsKey(key)) {
        changes.add(key + " dropped: Onramp names the policies it generates itself");
      }
    }
    context.take(id);
    context
        .log()
        .add(
            ImportLog.Kind.RESOURCE,
            id,
            policy.type(),
            "policySets[" + name + "] on " + String.join(", ", attached),
            changes);
    return Optional.empty();
  }

  /** Keeps a managed policy a roles: entry named as a raw resource, attached from its side. */
  private void attachFromPolicySide(String id, Template.Resource policy) {
    List<Object> named = new ArrayList<>();
    for (RoleDraft role : roles.values()) {
      if (role.policyArnRefs().contains(id)) {
        named.add(Fn.ref(role.id()));
      }
    }
    if (named.isEmpty()) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>(policy.properties());
    List<Object> attached = new ArrayList<>();
    if (properties.get("Roles") instanceof List<?> list) {
      attached.addAll(list);
    }
    named.stream().filter(role -> !attached.contains(role)).forEach(attached::add);
    properties.put("Roles", attached);
    context.replaceAsWritten(
        id,
        policy.withProperties(properties),
        "attached to its roles from its own Roles list: their ManagedPolicyArns in roles: name"
            + " AWS managed policies only (same access)");
  }

  private String setName(String id) {
    String base = Names.kebab(id);
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "policy-" + base;
    }
    base = base.length() > 60 ? base.substring(0, 60) : base;
    String name = base;
    for (int n = 2; !setNames.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}

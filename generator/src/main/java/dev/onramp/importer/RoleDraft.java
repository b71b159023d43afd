package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.conditional.SwitchCondition;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One role's draft entry, built from its properties; empty problems means it is exact. */
final class RoleDraft {
  private final String id;
  private final Template.Resource role;
  private final ImportContext context;
  private final DraftMap map = new DraftMap();
  private final List<String> changes = new ArrayList<>();
  private final List<Object> managedPolicies = new ArrayList<>();
  private final List<DraftMap> statements = new ArrayList<>();
  private final Set<String> policyArnRefs = new LinkedHashSet<>();

  RoleDraft(String id, Template.Resource role, ImportContext context) {
    this.id = id;
    this.role = role;
    this.context = context;
  }

  String id() {
    return id;
  }

  List<String> changes() {
    return changes;
  }

  /** Template managed policies this role's ManagedPolicyArns names by {@code Ref}. */
  Set<String> policyArnRefs() {
    return policyArnRefs;
  }

  void addPolicySet(String set, Switch when, String comment) {
    DraftMap ref = new DraftMap().put("set", set).put("when", Switches.draft(when));
    ref.headComment(comment);
    map.list("policySets").add(ref);
  }

  void addStatements(List<DraftMap> more) {
    statements.addAll(more);
  }

  DraftMap map() {
    if (!managedPolicies.isEmpty()) {
      map.put("managedPolicies", managedPolicies);
    }
    if (!statements.isEmpty()) {
      StatementMapping.uniqueSids(statements, new LinkedHashSet<>());
      map.put("statements", new ArrayList<Object>(statements), "From its inline policies.");
    }
    return map;
  }

  Optional<String> build(Optional<List<String>> services) {
    Map<String, Object> properties = role.properties();
    map.put("id", id);
    map.headComment("From Resources." + id + " (AWS::IAM::Role).");
    Optional<String> naming = naming(properties.get("RoleName"));
    if (naming.isPresent()) {
      return naming;
    }
    for (String key : List.of("Description", "Path")) {
      if (properties.containsKey(key)) {
        if (!(properties.get(key) instanceof String value)) {
          return Optional.of(key + " is not a literal text");
        }
        map.put(key.equals("Path") ? "path" : "description", value);
      }
    }
    if (properties.containsKey("MaxSessionDuration")) {
      if (!(properties.get("MaxSessionDuration") instanceof Number seconds)) {
        return Optional.of("MaxSessionDuration is not a literal number");
      }
      map.put("maxSessionDuration", seconds.intValue());
    }
    if (properties.containsKey("PermissionsBoundary")) {
      if (!(properties.get("PermissionsBoundary") instanceof Fn.Ref ref
          && context.template().parameters().containsKey(ref.name()))) {
        return Optional.of("its PermissionsBoundary is not a parameter's value");
      }
      map.put("permissionsBoundaryParameter", ref.name());
    }
    Optional<String> tags = tags(properties.get("Tags"));
    if (tags.isPresent()) {
      return tags;
    }
    Optional<String> managed =
        new RoleManagedPolicies(context, managedPolicies, policyArnRefs, changes)
            .read(properties.get("ManagedPolicyArns"));
    if (managed.isPresent()) {
      return managed;
    }
    Optional<String> inline = inlinePolicies(properties.get("Policies"));
    if (inline.isPresent()) {
      return inline;
    }
    if (role.condition() != null) {
      Optional<Switch> when = context.switchFor(role.condition());
      if (when.isPresent()) {
        map.put("when", Switches.draft(when.get()), "Condition " + role.condition() + ".");
      } else {
        return Optional.of(context.whyNoSwitch(role.condition()));
      }
    }
    services.ifPresent(
        names ->
            map.put(
                "trust",
                new DraftMap().put("services", new ArrayList<Object>(names)),
                "Trusted by AWS services, not by the vendor."));
    if (!role.dependsOn().isEmpty()) {
      changes.add("DependsOn " + role.dependsOn() + " dropped: roles: orders its own resources");
    }
    return Optional.empty();
  }

  private Optional<String> naming(Object name) {
    if (name == null) {
      return Optional.empty();
    }
    if (name instanceof String fixed) {
      map.put("naming", "fixed").put("name", fixed);
      return Optional.empty();
    }
    if (name instanceof Fn.Ref ref && context.template().parameters().containsKey(ref.name())) {
      map.put("naming", "parameter").put("nameParameter", ref.name());
      context.roleNameParameter(ref.name(), 0);
      return Optional.empty();
    }
    Optional<String> written = name instanceof Fn.Join ? context.text().of(name) : Optional.empty();
    if (name instanceof Fn.Sub || written.isPresent()) {
      String text = name instanceof Fn.Sub sub ? sub.text() : written.get();
      List<String> variables = ValueText.variables(text);
      if (variables.size() == 1 && text.startsWith("${AWS::StackName}-")) {
        map.put("naming", "stack-prefixed")
            .put("name", text.substring("${AWS::StackName}-".length()));
        return Optional.empty();
      }
      if (variables.size() == 1 && text.endsWith("-${AWS::StackName}")) {
        String rest = text.substring(0, text.length() - "-${AWS::StackName}".length());
        map.put("naming", "stack-suffixed").put("name", rest);
        return Optional.empty();
      }
      if (variables.size() == 1
          && text.startsWith("${" + variables.get(0) + "}")
          && context.template().parameters().containsKey(variables.get(0))) {
        context.roleNameParameter(variables.get(0), text.length() - variables.get(0).length() - 3);
        map.put("naming", "prefix-parameter")
            .put("nameParameter", variables.get(0))
            .put("name", text.substring(variables.get(0).length() + 3));
        return Optional.empty();
      }
      if (variables.size() == 1
          && text.endsWith("${" + variables.get(0) + "}")
          && context.template().parameters().containsKey(variables.get(0))) {
        context.roleNameParameter(variables.get(0), text.length() - variables.get(0).length() - 3);
        map.put("naming", "suffix-parameter")
            .put("nameParameter", variables.get(0))
            .put("name", text.substring(0, text.length() - variables.get(0).length() - 3));
        return Optional.empty();
      }
    }
    return Optional.of(
        "its RoleName is not a text, a parameter, a parameter prefix or a stack"
            + " suffix, the namings roles: has");
  }

  private Optional<String> tags(Object tags) {
    if (tags == null) {
      return Optional.empty();
    }
    if (!(tags instanceof List<?> list)) {
      return Optional.of("its Tags are not a list");
    }
    DraftMap draft = new DraftMap();
    for (Object tag : list) {
      if (!(tag instanceof Map<?, ?> fields && fields.get("Key") instanceof String key)) {
        return Optional.of("a tag key is not a literal text");
      }
      Object value = fields.get("Value");
      if (value instanceof String text) {
        draft.put(key, text);
      } else if (value instanceof Fn.Ref ref
          && context.template().parameters().containsKey(ref.name())) {
        draft.put(key, new DraftMap().put("parameter", ref.name()));
      } else {
        return Optional.of("the value of tag " + key + " is not a text or a parameter");
      }
    }
    map.put("tags", draft);
    return Optional.empty();
  }

  private Optional<String> inlinePolicies(Object policies) {
    if (policies == null) {
      return Optional.empty();
    }
    if (!(policies instanceof List<?> list)) {
      return Optional.of("its Policies is not a list");
    }
    StatementMapping mapping = new StatementMapping(context.text());
    for (Object policy : list) {
      if (!(policy instanceof Map<?, ?> fields
          && fields.containsKey("PolicyName")
          && fields.containsKey("PolicyDocument")
          && fields.size() == 2)) {
        return Optional.of("an inline policy is not a PolicyName and a PolicyDocument");
      }
      String name = dev.onramp.template.CanonicalText.of(fields.get("PolicyName"));
      Optional<List<DraftMap>> mapped = mapping.of(fields.get("PolicyDocument"));
      if (mapped.isPresent()) {
        addStatements(mapped.get());
        changes.add(
            "inline policy "
                + name
                + " became statements of the role (a managed policy of its own; same access)");
      } else {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("PolicyName", fields.get("PolicyName"));
        properties.put("PolicyDocument", fields.get("PolicyDocument"));
        properties.put("Roles", List.of(Fn.ref(id)));
        String extracted =
            context.extract(
                id + SwitchCondition.pascal(name) + "Policy",
                new Template.Resource(
                    "AWS::IAM::Policy", null, List.of(), null, null, Map.of(), properties));
        changes.add(
            "inline policy "
                + name
                + " became raw resource "
                + extracted
                + " attached to the role: a statement's value has no blueprint form");
      }
    }
    return Optional.empty();
  }
}

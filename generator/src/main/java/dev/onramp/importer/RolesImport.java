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

/**
 * The roles: each {@code AWS::IAM::Role} trusted by the vendor with an ExternalId (or by AWS
 * services alone) becomes a {@code roles} entry under its own logical id, with its name, path,
 * tags, boundary, AWS managed policies and statements; its inline policies and the policies
 * attached to it alone ({@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy}) become its
 * statements and policy sets. A role whose trust or properties no key says exactly stays a raw
 * resource, as written, and the report says why.
 */
final class RolesImport implements ImportUnit {
  private static final String ROLE = "AWS::IAM::Role";
  private static final Set<String> ROLE_PROPERTIES =
      Set.of(
          "AssumeRolePolicyDocument",
          "RoleName",
          "Path",
          "Description",
          "MaxSessionDuration",
          "ManagedPolicyArns",
          "Policies",
          "PermissionsBoundary",
          "Tags");

  @Override
  public void run(ImportContext context) {
    TrustReading trusts =
        new TrustReading(context.template(), context.options().roleArnParameters());
    TrustReading.VendorTrust vendor = null;
    Map<String, RoleDraft> drafts = new LinkedHashMap<>();
    for (Map.Entry<String, Template.Resource> role : context.untaken(ROLE).entrySet()) {
      String id = role.getKey();
      Object trust = role.getValue().properties().get("AssumeRolePolicyDocument");
      Optional<TrustReading.VendorTrust> vendorTrust = trusts.vendor(trust);
      Optional<List<String>> services =
          vendorTrust.isPresent() ? Optional.empty() : trusts.services(trust);
      if (vendorTrust.isPresent() && vendor != null && !vendor.sameVendorAs(vendorTrust.get())) {
        context.keepAsWritten(
            id, "it trusts another principal or ExternalId than the first vendor role");
        continue;
      }
      if (vendorTrust.isEmpty() && services.isEmpty()) {
        context.keepAsWritten(
            id,
            "its trust policy is neither the vendor's principal with an ExternalId condition nor"
                + " AWS services alone, which are what roles: can say (the vendor: one account id,"
                + " one role ARN, or a parameter holding one of them; the ExternalId: a"
                + " parameter)");
        continue;
      }
      Optional<String> unsupported = unsupportedProperty(role.getValue());
      if (unsupported.isPresent()) {
        context.keepAsWritten(id, unsupported.get());
        continue;
      }
      RoleDraft draft = new RoleDraft(id, role.getValue(), context);
      Optional<String> problem = draft.build(services);
      if (problem.isPresent()) {
        context.keepAsWritten(id, problem.get());
        continue;
      }
      if (vendorTrust.isPresent() && vendor == null) {
        vendor = vendorTrust.get();
      }
      if (vendorTrust.isPresent()) {
        draft.changes().addAll(vendorTrust.get().changes());
      }
      drafts.put(id, draft);
    }
    if (vendor != null) {
      VendorSection.write(context, vendor);
    }
    new AttachedPolicies(context, drafts).fold();
    for (RoleDraft draft : drafts.values()) {
      context.take(draft.id());
      context.section("roles").add(draft.map());
      context
          .log()
          .add(
              ImportLog.Kind.RESOURCE,
              draft.id(),
              ROLE,
              "roles[" + draft.id() + "]",
              draft.changes());
    }
  }

  private static Optional<String> unsupportedProperty(Template.Resource role) {
    for (String key : role.properties().keySet()) {
      if (!ROLE_PROPERTIES.contains(key)) {
        return Optional.of("roles: has no key for its property " + key);
      }
    }
    if (role.deletionPolicy() != null || role.updateReplacePolicy() != null) {
      return Optional.of("roles: has no DeletionPolicy or UpdateReplacePolicy");
    }
    return Optional.empty();
  }

  /** One role's draft entry, built from its properties; empty problems means it is exact. */
  static final class RoleDraft {
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
      Optional<String> managed = managedPolicies(properties.get("ManagedPolicyArns"));
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
      Optional<String> written =
          name instanceof Fn.Join ? context.text().of(name) : Optional.empty();
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
          context.roleNameParameter(
              variables.get(0), text.length() - variables.get(0).length() - 3);
          map.put("naming", "prefix-parameter")
              .put("nameParameter", variables.get(0))
              .put("name", text.substring(variables.get(0).length() + 3));
          return Optional.empty();
        }
        if (variables.size() == 1
            && text.endsWith("${" + variables.get(0) + "}")
            && context.template().parameters().containsKey(variables.get(0))) {
          context.roleNameParameter(
              variables.get(0), text.length() - variables.get(0).length() - 3);
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

    private Optional<String> managedPolicies(Object arns) {
      if (arns == null) {
        return Optional.empty();
      }
      if (arns instanceof Fn.If choice && choice.whenTrue() instanceof List<?> whenTrue) {
        Object otherwise = choice.whenFalse();
        if (otherwise instanceof Fn.Ref none && none.name().equals("AWS::NoValue")) {
          otherwise = List.of();
        }
        if (otherwise instanceof List<?> whenFalse) {
          return chosenManagedPolicies(choice.condition(), whenTrue, whenFalse);
        }
      }
      if (!(arns instanceof List<?> list)) {
        return Optional.of("its ManagedPolicyArns is not a list");
      }
      for (Object arn : list) {
        Switch when = null;
        Object value = arn;
        if (arn instanceof Fn.If choice
            && choice.whenFalse() instanceof Fn.Ref none
            && none.name().equals("AWS::NoValue")) {
          Optional<Switch> on = context.switchFor(choice.condition());
          if (on.isEmpty()) {
            return Optional.of(context.whyNoSwitch(choice.condition()));
          }
          when = on.get();
          value = choice.whenTrue();
        }
        if (value instanceof Fn.Ref ref
            && context.template().resources().containsKey(ref.name())
            && when == null) {
          policyArnRefs.add(ref.name());
          continue;
        }
        Optional<String> name = AwsManagedPolicies.name(value);
        if (name.isEmpty()) {
          return Optional.of(
              "ManagedPolicyArns names "
                  + dev.onramp.template.CanonicalText.of(value)
                  + ", which is not an AWS managed policy");
        }
        if (value instanceof Fn.Sub sub
            && sub.text().startsWith("arn:${")
            && !sub.text().startsWith("arn:${AWS::Partition}")) {
          changes.add(
              "AWS managed policy "
                  + name.get()
                  + " named in the stack's own partition (${AWS::Partition}), not by a partition"
                  + " parameter: a stack can attach only its own partition's");
        }
        managedPolicies.add(
            when == null
                ? name.get()
                : new DraftMap().put("name", name.get()).put("when", Switches.draft(when)));
      }
      return Optional.empty();
    }

    /**
     * {@code !If [C, [a, b], [a]]}: what both lists name is attached always, what one names only
     * under C's switch or its opposite.
     */
    private Optional<String> chosenManagedPolicies(
        String condition, List<?> whenTrue, List<?> whenFalse) {
      Optional<Switch> on = context.switchFor(condition);
      Optional<Switch> off = context.switchForNegation(condition);
      for (Object arn : whenTrue) {
        if (isNoValue(arn)) {
          continue;
        }
        Optional<String> name = AwsManagedPolicies.name(arn);
        if (name.isEmpty()) {
          return Optional.of("ManagedPolicyArns names a policy that is not AWS managed");
        }
        if (whenFalse.contains(arn)) {
          managedPolicies.add(name.get());
        } else if (on.isPresent()) {
          managedPolicies.add(
              new DraftMap().put("name", name.get()).put("when", Switches.draft(on.get())));
        } else {
          return Optional.of(context.whyNoSwitch(condition));
        }
      }
      for (Object arn : whenFalse) {
        if (isNoValue(arn)) {
          continue;
        }
        Optional<String> name = AwsManagedPolicies.name(arn);
        if (name.isEmpty()) {
          return Optional.of("ManagedPolicyArns names a policy that is not AWS managed");
        }
        if (!whenTrue.contains(arn)) {
          if (off.isEmpty()) {
            return Optional.of(context.whyNoSwitch(condition));
          }
          managedPolicies.add(
              new DraftMap().put("name", name.get()).put("when", Switches.draft(off.get())));
        }
      }
      return Optional.empty();
    }

    private static boolean isNoValue(Object value) {
      return value instanceof Fn.Ref ref && ref.name().equals("AWS::NoValue");
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
}

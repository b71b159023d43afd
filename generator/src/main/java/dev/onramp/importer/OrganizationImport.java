package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.organization.OrganizationFanOut;
import dev.onramp.template.Fn;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organization fan-out: the template's one {@code AWS::CloudFormation::StackSet} whose member
 * template is embedded ({@code TemplateBody}, as text or as a map) becomes the {@code organization}
 * section, and its member template a member blueprint of its own, imported the same way. What the
 * section says differently (a StackSet name computed from a parameter, a choice of OU list) is
 * logged as a change with its reason. A StackSet whose member is at a URL, which the import cannot
 * read, whose self-managed roles the section has no words for, or one of several, stays a raw
 * resource, as written, and the generator says why it refuses it.
 */
final class OrganizationImport implements ImportUnit {
  static final String TYPE = "AWS::CloudFormation::StackSet";
  static final String STACK_SET = OrganizationFanOut.STACK_SET;

  private static final Set<String> KNOWN =
      Set.of(
          "AdministrationRoleARN",
          "AutoDeployment",
          "CallAs",
          "Capabilities",
          "Description",
          "ExecutionRoleName",
          "ManagedExecution",
          "OperationPreferences",
          "Parameters",
          "PermissionModel",
          "StackInstancesGroup",
          "StackSetName",
          "Tags",
          "TemplateBody",
          "TemplateURL");

  @Override
  public void run(ImportContext context) {
    Map<String, Template.Resource> stackSets = context.untaken(TYPE);
    if (stackSets.size() > 1) {
      stackSets
          .keySet()
          .forEach(
              id ->
                  context.keepAsWritten(
                      id,
                      "the template has "
                          + stackSets.size()
                          + " StackSets and organization: fans out with one member blueprint"));
      return;
    }
    for (Map.Entry<String, Template.Resource> entry : stackSets.entrySet()) {
      String id = entry.getKey();
      Optional<String> problem = take(context, id, entry.getValue());
      problem.ifPresent(why -> context.keepAsWritten(id, why));
    }
  }

  /** Writes the section and the member draft, or says why the StackSet cannot be one. */
  private static Optional<String> take(
      ImportContext context, String id, Template.Resource stackSet) {
    Map<String, Object> properties = stackSet.properties();
    for (String key : properties.keySet()) {
      if (!KNOWN.contains(key)) {
        return Optional.of("organization: has no key for its property " + key);
      }
    }
    Object body = properties.get("TemplateBody");
    if (body == null) {
      return Optional.of(
          "its member template is at a URL (TemplateURL), which the import does not fetch;"
              + " organization: embeds a member blueprint of the same build");
    }
    String text = body instanceof Map<?, ?> map ? JsonTemplateWriter.compact(map) : null;
    text = body instanceof String written ? written : text;
    if (text == null) {
      return Optional.of(
          "its TemplateBody is computed ("
              + dev.onramp.template.CanonicalText.of(body)
              + "), and a member blueprint is a template the import can read");
    }
    Template member;
    try {
      member = TemplateImporter.read(text);
    } catch (TemplateImportException e) {
      return Optional.of("its member template cannot be read: " + e.getMessage());
    }
    if (member.resources().values().stream().anyMatch(r -> r.type().equals(TYPE))) {
      return Optional.of("its member template has a StackSet of its own, and fan-outs do not nest");
    }
    StackSetSettings settings = new StackSetSettings(context, id, stackSet);
    Optional<String> problem = settings.read();
    if (problem.isPresent()) {
      return problem;
    }
    List<String> changes = new ArrayList<>(settings.changes());
    MemberImport memberImport = new MemberImport(context, id, member, properties.get("Parameters"));
    Optional<ImportDraft> memberDraft;
    try {
      memberDraft = memberImport.draft();
    } catch (TemplateImportException e) {
      return Optional.of("its member template does not become a blueprint: " + e.getMessage());
    }
    if (memberDraft.isEmpty()) {
      return memberImport.problem();
    }
    changes.addAll(memberImport.changes());
    DraftMap organization = new DraftMap().put("memberBlueprint", memberDraft.get().name());
    settings.writeTo(organization);
    if (stackSet.condition() != null) {
      Optional<Switch> when = context.switchFor(stackSet.condition());
      if (when.isPresent()) {
        organization.put(
            "when", Switches.draft(when.get()), "Condition " + stackSet.condition() + ".");
      } else {
        changes.add("created always: " + context.whyNoSwitch(stackSet.condition()));
      }
    }
    if (!stackSet.dependsOn().isEmpty()) {
      changes.add(
          "DependsOn "
              + stackSet.dependsOn()
              + " dropped: organization: orders the StackSet after what it needs");
    }
    if (stackSet.deletionPolicy() != null || stackSet.updateReplacePolicy() != null) {
      changes.add(
          "DeletionPolicy/UpdateReplacePolicy dropped: organization: has none; deleting the"
              + " stack deletes the member stacks");
    }
    context
        .blueprint()
        .put("organization", organization, "From Resources." + id + " (" + TYPE + ").");
    context.take(id);
    if (!id.equals(STACK_SET)) {
      context.rename(id, STACK_SET);
      changes.add("logical id " + STACK_SET + " (" + id + " before), Onramp's StackSet");
    }
    context.addMember(memberDraft.get());
    settings.claimedParameters().forEach(claim -> claim.log(context));
    context
        .log()
        .add(
            ImportLog.Kind.RESOURCE,
            id,
            TYPE,
            "organization (member blueprint " + memberDraft.get().name() + ")",
            changes);
    return Optional.empty();
  }

  /** Whether {@code value} is {@code !Ref AWS::NoValue}. */
  static boolean isNoValue(Object value) {
    return value instanceof Fn.Ref ref && ref.name().equals("AWS::NoValue");
  }
}

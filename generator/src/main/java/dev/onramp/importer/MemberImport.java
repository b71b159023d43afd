package dev.onramp.importer;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The member blueprint of a StackSet: its template imported like any other, named {@code
 * <name>-member}, with its parameters made to fit how {@code organization:} passes them (each
 * member parameter gets the parent's parameter of the same name, the member's ExternalId gets the
 * parent's). A member parameter the StackSet passed from a parent parameter of another name is
 * renamed to it; one it passed a constant keeps that constant as its default; each such change is
 * logged.
 */
final class MemberImport {
  private final ImportContext context;
  private final String stackSetId;
  private final Template member;
  private final Object passed;
  private final List<String> changes = new ArrayList<>();
  private String problem;

  MemberImport(ImportContext context, String stackSetId, Template member, Object passed) {
    this.context = context;
    this.stackSetId = stackSetId;
    this.member = member;
    this.passed = passed;
  }

  List<String> changes() {
    return changes;
  }

  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The member's draft, or empty with {@link #problem()} saying why it has none. */
  Optional<ImportDraft> draft() throws TemplateImportException {
    Map<String, Object> values = new LinkedHashMap<>();
    if (passed != null) {
      if (!(passed instanceof List<?> list)) {
        problem = "its Parameters are not a list of ParameterKey and ParameterValue";
        return Optional.empty();
      }
      for (Object item : list) {
        if (!(item instanceof Map<?, ?> fields
            && fields.get("ParameterKey") instanceof String key)) {
          problem = "a parameter it passes has no literal ParameterKey";
          return Optional.empty();
        }
        values.put(key, fields.get("ParameterValue"));
      }
    }
    String name = name();
    String source = "Resources." + stackSetId + ".TemplateBody";
    // A member parameter given the parent's role-ARN parameter holds the vendor's role ARN too.
    java.util.Set<String> roleArns = new java.util.LinkedHashSet<>();
    values.forEach(
        (key, value) -> {
          if (value instanceof Fn.Ref ref
              && context.vendorRoleArnParameter().filter(ref.name()::equals).isPresent()) {
            roleArns.add(key);
          }
        });
    ImportOptions options = context.options().withRoleArnParameters(roleArns);
    ImportDraft first = TemplateImporter.draft(source, member, name, options);
    String memberExternalId = externalId(first).orElse(null);
    String parentExternalId = context.externalIdParameter().orElse(null);
    Map<String, String> renames = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String key : values.keySet()) {
      if (!member.parameters().containsKey(key)) {
        changes.add(
            "parameter "
                + key
                + " passed to the member dropped: the member template does not declare it");
      }
    }
    for (String parameter : member.parameters().keySet()) {
      Object value = values.get(parameter);
      if (parameter.equals(memberExternalId)) {
        if (!(value instanceof Fn.Ref ref && ref.name().equals(parentExternalId))) {
          changes.add(
              "the member's ExternalId "
                  + parameter
                  + " is this stack's ExternalId "
                  + parentExternalId
                  + " (one customer, one ExternalId); the original passed "
                  + (value == null ? "nothing" : CanonicalText.of(value)));
        }
      } else if (value == null) {
        changes.add(
            "the member's parameter "
                + parameter
                + " was not passed (the member used its default); the StackSet now passes this"
                + " stack's "
                + parameter
                + (context.template().parameters().containsKey(parameter)
                    ? ""
                    : ", declared here with the member's default"));
      } else if (value instanceof Fn.Ref ref
          && context.template().parameters().containsKey(ref.name())) {
        if (!ref.name().equals(parameter)) {
          if (member.parameters().containsKey(ref.name())) {
            changes.add(
                "the member's parameter "
                    + parameter
                    + " now gets this stack's "
                    + parameter
                    + ", not "
                    + ref.name()
                    + ": the member declares a parameter of that name too");
          } else {
            renames.put(parameter, ref.name());
            changes.add(
                "the member's parameter "
                    + parameter
                    + " renamed "
                    + ref.name()
                    + ", the parameter of this stack the StackSet passes to it (organization:"
                    + " passes parameters by name)");
          }
        }
      } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        defaults.put(parameter, CanonicalText.of(value));
        changes.add(
            "the member's parameter "
                + parameter
                + " was passed the constant "
                + CanonicalText.of(value)
                + "; it is now a parameter of this stack with that default"
                + (context.template().parameters().containsKey(parameter)
                    ? " (this stack's own " + parameter + " is passed)"
                    : ""));
      } else {
        changes.add(
            "the member's parameter "
                + parameter
                + " was passed "
                + CanonicalText.of(value)
                + ", which organization: cannot pass; the StackSet passes this stack's parameter "
                + parameter);
      }
    }
    ImportDraft draft = first;
    Template changed = member;
    if (!(renames.isEmpty() && defaults.isEmpty())) {
      changed =
          withDefaults(dev.onramp.template.TemplateRenames.parameters(member, renames), defaults);
      draft = TemplateImporter.draft(source, changed, name, options);
    }
    return Optional.of(
        draft.withRenames(new ImportRenames(draft.renames().resources(), renames, Map.of())));
  }

  private String name() {
    String name = context.name() + "-member";
    return name.length() > 63 ? name.substring(0, 56) + "-member" : name;
  }

  /** The member's ExternalId parameter, as its import found it. */
  private static Optional<String> externalId(ImportDraft draft) {
    return draft.log().entries().stream()
        .filter(entry -> entry.kind() == ImportLog.Kind.PARAMETER)
        .filter(entry -> entry.destination().equals("externalId"))
        .map(ImportLog.Entry::id)
        .findFirst();
  }

  private static Template withDefaults(Template template, Map<String, String> defaults) {
    if (defaults.isEmpty()) {
      return template;
    }
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    template
        .parameters()
        .forEach(
            (name, p) ->
                parameters.put(
                    name,
                    defaults.containsKey(name)
                        ? new Template.Parameter(
                            p.type(),
                            p.description(),
                            defaults.get(name),
                            p.allowedValues(),
                            p.allowedPattern(),
                            p.constraintDescription(),
                            p.noEcho(),
                            p.minLength(),
                            p.maxLength())
                        : p));
    return new Template(
        template.description(),
        template.metadata(),
        parameters,
        template.rules(),
        template.conditions(),
        template.resources(),
        template.outputs(),
        template.mappings());
  }
}

package dev.onramp.importer;

import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters, with the console labels and groups of the original's {@code
 * AWS::CloudFormation::Interface}: the ExternalId parameter becomes the {@code externalId} section
 * (Onramp's STS pattern, never a default), the vendor's account parameter keeps its default with a
 * 12-digit pattern, and every other parameter is declared as it was. Types a blueprint has no name
 * for (AWS-specific pickers) become the String or list they hold.
 */
final class ParametersImport implements ImportUnit {
  private static final String ACCOUNT_PATTERN = "^\\d{12}$";

  @Override
  public void run(ImportContext context) {
    Interface console = Interface.of(context.template().metadata());
    for (Map.Entry<String, Template.Parameter> entry : context.template().parameters().entrySet()) {
      String name = entry.getKey();
      Template.Parameter parameter = entry.getValue();
      if (context.log().has(ImportLog.Kind.PARAMETER, name)) {
        // A section took it (the organization's OU list).
        continue;
      }
      if (context.externalIdParameter().filter(name::equals).isPresent()) {
        externalId(context, name, parameter, console);
      } else if (context.vendorRoleArnParameter().filter(name::equals).isPresent()) {
        context
            .log()
            .add(
                ImportLog.Kind.PARAMETER,
                name,
                parameter.type(),
                "vendor.roleArnParameter",
                List.of(
                    "declared by Onramp with a pattern that accepts only an IAM role ARN; its"
                        + " default and description are dropped (a role-ARN default with arn:aws"
                        + " would tie the template to one partition)"));
      } else {
        declare(context, name, parameter, console);
      }
    }
  }

  private static void externalId(
      ImportContext context, String name, Template.Parameter parameter, Interface console) {
    DraftMap externalId = new DraftMap();
    List<String> changes = new ArrayList<>();
    if (!name.equals("ExternalId")) {
      externalId.put("parameter", name);
    }
    console.label(name).ifPresent(label -> externalId.put("label", label));
    if (parameter.description() != null && !parameter.description().isEmpty()) {
      externalId.put("description", parameter.description());
    }
    console.group(name).ifPresent(group -> externalId.put("group", group));
    if (parameter.defaultValue() != null) {
      changes.add(
          "default dropped: an ExternalId never has one, every customer gets its own from the"
              + " vendor's link");
    }
    if (parameter.noEcho()) {
      changes.add("NoEcho dropped: the console would not pre-fill it from a quick-create link");
    }
    if (!ExternalIdSpec.ALLOWED_PATTERN.equals(parameter.allowedPattern())
        || !Integer.valueOf(2).equals(parameter.minLength())
        || !Integer.valueOf(1224).equals(parameter.maxLength())) {
      changes.add(
          "AllowedPattern "
              + ExternalIdSpec.ALLOWED_PATTERN
              + " with lengths 2 to 1224, the values STS accepts (before: "
              + (parameter.allowedPattern() == null
                  ? "no pattern"
                  : "pattern " + parameter.allowedPattern())
              + ", lengths "
              + (parameter.minLength() == null ? "0" : parameter.minLength())
              + " to "
              + (parameter.maxLength() == null ? "any" : parameter.maxLength())
              + "; a customer's link fills it in)");
    }
    if (!externalId.isEmpty()) {
      context.blueprint().put("externalId", externalId, "From Parameters." + name + ".");
    }
    context.log().add(ImportLog.Kind.PARAMETER, name, parameter.type(), "externalId", changes);
  }

  private static void declare(
      ImportContext context, String name, Template.Parameter parameter, Interface console) {
    List<String> changes = new ArrayList<>();
    DraftMap draft = new DraftMap().put("name", name);
    String type = type(parameter.type(), changes);
    if (!type.equals("String")) {
      draft.put("type", type);
    }
    if (parameter.description() != null && !parameter.description().isEmpty()) {
      draft.put("description", parameter.description());
    }
    console.label(name).ifPresent(label -> draft.put("label", label));
    console.group(name).ifPresent(group -> draft.put("group", group));
    draft.put("default", parameter.defaultValue());
    if (!parameter.allowedValues().isEmpty()) {
      draft.put("allowedValues", new ArrayList<Object>(parameter.allowedValues()));
    }
    String pattern = parameter.allowedPattern();
    if (context.vendorParameters().contains(name) && !ACCOUNT_PATTERN.equals(pattern)) {
      changes.add(
          "AllowedPattern "
              + ACCOUNT_PATTERN
              + ": it names the vendor's account, which is 12 digits"
              + (pattern == null ? " (no pattern before)" : " (" + pattern + " before)"));
      pattern = ACCOUNT_PATTERN;
    }
    draft.put("allowedPattern", pattern);
    draft.put("constraintDescription", emptyToNull(parameter.constraintDescription()));
    if (parameter.noEcho()) {
      draft.put("noEcho", true);
    }
    draft.put("minLength", parameter.minLength());
    Integer maxLength = parameter.maxLength();
    Optional<Integer> room = context.roleNameRoom(name);
    if (room.isPresent() && (maxLength == null || maxLength > room.get())) {
      // Onramp refuses a role name that could be longer than IAM allows.
      changes.add(
          "MaxLength "
              + room.get()
              + (maxLength == null ? " (none before)" : " (" + maxLength + " before)")
              + ": it names a role, and IAM role names are at most 64 characters");
      maxLength = room.get();
    }
    draft.put("maxLength", maxLength);
    draft.headComment("From Parameters." + name + ".");
    context.section("parameters").add(draft);
    context
        .log()
        .add(
            ImportLog.Kind.PARAMETER,
            name,
            parameter.type(),
            context.vendorParameters().contains(name)
                ? "parameters[" + name + "] (vendor.accountIdParameter)"
                : "parameters[" + name + "]",
            changes);
  }

  private static String type(String type, List<String> changes) {
    for (ParameterSpec.Type known : ParameterSpec.Type.values()) {
      if (known != ParameterSpec.Type.BOOLEAN && known.label().equals(type)) {
        return type;
      }
    }
    boolean list = type.startsWith("List<") || type.contains("List<");
    String becomes = list ? "CommaDelimitedList" : "String";
    changes.add(
        "type "
            + becomes
            + " ("
            + type
            + " before): blueprints declare String, Number, list and Systems Manager types; the"
            + " console no longer offers its picker");
    return becomes;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** The console labels and groups of {@code AWS::CloudFormation::Interface}. */
  record Interface(Map<String, String> labels, Map<String, String> groups) {
    static Interface of(Map<String, Object> metadata) {
      Map<String, String> labels = new LinkedHashMap<>();
      Map<String, String> groups = new LinkedHashMap<>();
      if (metadata.get("AWS::CloudFormation::Interface") instanceof Map<?, ?> console) {
        if (console.get("ParameterLabels") instanceof Map<?, ?> all) {
          all.forEach(
              (name, label) -> {
                if (label instanceof Map<?, ?> text && text.get("default") instanceof String s) {
                  labels.put(String.valueOf(name), s);
                }
              });
        }
        if (console.get("ParameterGroups") instanceof List<?> list) {
          for (Object group : list) {
            if (group instanceof Map<?, ?> fields
                && fields.get("Label") instanceof Map<?, ?> label
                && label.get("default") instanceof String title
                && fields.get("Parameters") instanceof List<?> names) {
              names.forEach(name -> groups.putIfAbsent(String.valueOf(name), title));
            }
          }
        }
      }
      return new Interface(labels, groups);
    }

    Optional<String> label(String name) {
      return Optional.ofNullable(labels.get(name));
    }

    Optional<String> group(String name) {
      return Optional.ofNullable(groups.get(name));
    }
  }
}

package dev.onramp.importer;

import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A callback's properties as {@code notify:} sends them. Each becomes a property in the vendor's
 * schema when it is a constant, a parameter or a role's attribute; a pseudo parameter (the account,
 * partition, region, stack) is what a standard property sends under the same name, so the draft
 * then sends the standard properties, and says which ones the original did not send. Anything else
 * has no form, and the custom resource stays raw.
 */
final class CallbackProperties {
  private static final Map<String, String> PSEUDO =
      Map.of(
          "AccountId", "AWS::AccountId",
          "Partition", "AWS::Partition",
          "Region", "AWS::Region",
          "StackId", "AWS::StackId");

  private final ImportContext context;
  private final List<String> changes;

  private CallbackProperties(ImportContext context, List<String> changes) {
    this.context = context;
    this.changes = changes;
  }

  /** Writes {@code standardProperties}, {@code role} and {@code properties} into {@code notify}. */
  static Optional<String> read(
      ImportContext context, Map<String, Object> all, DraftMap notify, List<String> changes) {
    return new CallbackProperties(context, changes).read(all, notify);
  }

  private Optional<String> read(Map<String, Object> all, DraftMap notify) {
    Map<String, Object> given = CallbackImport.vendorProperties(all);
    Map<String, DraftMap> mapped = new LinkedHashMap<>();
    List<String> standard = new ArrayList<>();
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      String name = entry.getKey();
      Optional<DraftMap> property = property(entry.getValue());
      if (property.isPresent()) {
        mapped.put(name, property.get());
      } else if (isStandard(name, entry.getValue())) {
        standard.add(name);
      } else {
        return Optional.of(
            "its property "
                + name
                + " is "
                + CanonicalText.of(entry.getValue())
                + ", which no notify.properties form says (a constant, a parameter, a role's"
                + " attribute)");
      }
    }
    if (standard.isEmpty() && !mapped.isEmpty()) {
      notify.put("standardProperties", false, "The original sends its own properties only.");
      mapped.forEach((name, property) -> put(notify, name, property));
      return Optional.empty();
    }
    // The standard properties go along: those of the original's that they say leave its list.
    List<String> sentBefore = new ArrayList<>(standard);
    for (String name : CallbackCompiler.STANDARD_PROPERTIES) {
      DraftMap property = mapped.get(name);
      if (property == null) {
        continue;
      }
      Optional<String> same = sameAsStandard(name, property);
      if (same.isEmpty()) {
        return Optional.of(
            "its property "
                + name
                + " sends another value than the standard property of that name, which the"
                + " draft must send for "
                + String.join(", ", standard));
      }
      if (!same.get().isEmpty()) {
        notify.put("role", same.get());
      }
      mapped.remove(name);
      sentBefore.add(name);
    }
    List<String> added = new ArrayList<>(CallbackCompiler.STANDARD_PROPERTIES);
    added.removeAll(sentBefore);
    changes.add(
        "also sends the standard properties "
            + String.join(", ", added)
            + (standard.isEmpty()
                ? " (the original sent no properties, and notify: sends something)"
                : ": its properties "
                    + String.join(", ", standard)
                    + " are pseudo parameters, which only the standard properties send"));
    mapped.forEach((name, property) -> put(notify, name, property));
    return Optional.empty();
  }

  private static void put(DraftMap notify, String name, DraftMap property) {
    // A constant is written as the plain scalar it is.
    Object value = property.values().size() == 1 ? property.get("value").orElse(null) : null;
    notify.map("properties").put(name, value != null ? value : property);
  }

  /** The property's {@code notify.properties} form, if it has one. */
  private Optional<DraftMap> property(Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      String text = CanonicalText.of(value);
      return text.contains("${")
          ? Optional.empty()
          : Optional.of(new DraftMap().put("value", text));
    }
    if (value instanceof Fn.Ref ref && context.template().parameters().containsKey(ref.name())) {
      DraftMap property = new DraftMap().put("parameter", ref.name());
      Template.Parameter parameter = context.template().parameters().get(ref.name());
      boolean externalId = context.externalIdParameter().filter(ref.name()::equals).isPresent();
      if (parameter.noEcho() && !externalId) {
        property.put("sendSecret", true);
        changes.add(
            "sends NoEcho parameter "
                + ref.name()
                + " as the original did, with sendSecret: the guide and the inventory say so");
      }
      return Optional.of(property);
    }
    if (value instanceof Fn.GetAtt getAtt
        && isRole(getAtt.resource())
        && List.of("Arn", "RoleId").contains(getAtt.attribute())) {
      DraftMap property = new DraftMap().put("role", getAtt.resource());
      if (!getAtt.attribute().equals("Arn")) {
        property.put("attribute", getAtt.attribute());
      }
      return Optional.of(property);
    }
    if (value instanceof Fn.Ref ref && isRole(ref.name())) {
      return Optional.of(new DraftMap().put("role", ref.name()).put("attribute", "Name"));
    }
    return Optional.empty();
  }

  private static boolean isStandard(String name, Object value) {
    return value instanceof Fn.Ref ref && ref.name().equals(PSEUDO.get(name));
  }

  /**
   * Whether the standard property {@code name} sends what {@code property} says: empty when not;
   * the role to name in {@code notify.role} (or an empty text) when it does.
   */
  private Optional<String> sameAsStandard(String name, DraftMap property) {
    Object role = property.get("role").orElse(null);
    if (name.equals("RoleArn") && role instanceof String id && property.values().size() == 1) {
      List<Object> roles = context.section("roles");
      boolean first =
          !roles.isEmpty()
              && roles.get(0) instanceof DraftMap entry
              && id.equals(entry.get("id").orElse(null));
      return Optional.of(first ? "" : id);
    }
    Object parameter = property.get("parameter").orElse(null);
    if (name.equals("ExternalId")
        && parameter != null
        && context.externalIdParameter().filter(parameter::equals).isPresent()) {
      return Optional.of("");
    }
    return Optional.empty();
  }

  private boolean isRole(String id) {
    Template.Resource resource = context.template().resources().get(id);
    return context.isTaken(id) && resource != null && resource.type().equals("AWS::IAM::Role");
  }
}

package dev.onramp.importer;

import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every resource no section took, as a raw resource under its own logical id (language 1.1's escape
 * hatch): its type, switch, dependencies, policies, metadata and properties as written, in long
 * form, with {@code arn:aws:} made partition-aware. Runs last.
 */
final class RawResourcesImport implements ImportUnit {

  @Override
  public void run(ImportContext context) {
    Map<String, Template.Resource> raw = new LinkedHashMap<>();
    context
        .template()
        .resources()
        .keySet()
        .forEach(
            id -> {
              if (!context.isTaken(id)) {
                raw.put(id, context.asWritten(id));
              }
            });
    raw.putAll(context.extracted());
    for (Map.Entry<String, Template.Resource> entry : raw.entrySet()) {
      String id = entry.getKey();
      List<String> changes = new ArrayList<>();
      Template.Resource resource =
          context.options().harden() ? Hardening.of(entry.getValue(), changes) : entry.getValue();
      context.whyKeptAsWritten(id).ifPresent(why -> changes.add("kept as written: " + why));
      context.whyReplaced(id).ifPresent(changes::add);
      LongForm values = new LongForm(context::declareCondition);
      DraftMap draft = new DraftMap().put("type", resource.type());
      if (resource.condition() != null) {
        // A switch, not the named condition: a role switched the same way gets the same generated
        // condition, and the generator checks references between switched parts by that name.
        java.util.Optional<dev.onramp.blueprint.model.Switch> when =
            context.switchFor(resource.condition());
        if (when.isPresent()) {
          draft.put("when", Switches.draft(when.get()), "Condition " + resource.condition() + ".");
        } else {
          changes.add("created always: " + context.whyNoSwitch(resource.condition()));
        }
      }
      List<Object> dependsOn = new ArrayList<>();
      for (String target : resource.dependsOn()) {
        if (raw.containsKey(target) || context.isTaken(target) && isKeptId(context, target)) {
          dependsOn.add(target);
        } else {
          changes.add("DependsOn " + target + " dropped: it became part of a section");
        }
      }
      if (!dependsOn.isEmpty()) {
        draft.put("dependsOn", dependsOn);
      }
      draft.put("deletionPolicy", resource.deletionPolicy());
      draft.put("updateReplacePolicy", resource.updateReplacePolicy());
      if (!resource.metadata().isEmpty()) {
        draft.put("metadata", values.of(resource.metadata()));
      }
      if (!resource.properties().isEmpty()) {
        draft.put("properties", values.of(resource.properties()));
      }
      changes.addAll(values.changes());
      context.blueprint().map("resources").put(id, draft, "From Resources." + id + ".");
      context.log().add(ImportLog.Kind.RESOURCE, id, resource.type(), "resources." + id, changes);
    }
  }

  /** Whether a taken resource keeps its logical id in the generated template (roles do). */
  private static boolean isKeptId(ImportContext context, String id) {
    Template.Resource resource = context.template().resources().get(id);
    return resource != null && resource.type().equals("AWS::IAM::Role");
  }
}

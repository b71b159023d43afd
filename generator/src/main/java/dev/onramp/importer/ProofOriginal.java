package dev.onramp.importer;

import dev.onramp.review.MappingLookups;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import dev.onramp.template.TemplateRenames;
import dev.onramp.template.YamlTemplateWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The original template as the proof reviews it against the draft's. */
final class ProofOriginal {
  private ProofOriginal() {}

  /**
   * The original as the proof reviews it: its resources renamed to the ids {@code draft} generates
   * for them, and the member template of the StackSet the draft fans out with as text (a map is
   * written as JSON, which the review reads) with the member draft's renames applied.
   */
  static Template of(Template original, ImportDraft draft) {
    Template renamed =
        PartitionAware.of(TemplateRenames.resources(original, draft.renames().resources()));
    Template.Resource stackSet = renamed.resources().get(OrganizationImport.STACK_SET);
    if (draft.members().isEmpty()
        || stackSet == null
        || !stackSet.type().equals(OrganizationImport.TYPE)
        || !draft.renames().resources().containsValue(OrganizationImport.STACK_SET)) {
      return renamed;
    }
    Object body = stackSet.properties().get("TemplateBody");
    String text =
        body instanceof String written
            ? written
            : body instanceof Map<?, ?> map ? JsonTemplateWriter.compact(map) : null;
    ImportDraft member = draft.members().get(0);
    ImportRenames renames = member.renames();
    if (text == null) {
      return renamed;
    }
    try {
      // Written back without Mappings: their lookups are resolved first.
      Template read = MappingLookups.resolved(TemplateReader.read(text));
      Template named =
          TemplateRenames.conditions(
              TemplateRenames.parameters(read, renames.parameters()), renames.conditions());
      text =
          YamlTemplateWriter.write(
              PartitionAware.of(TemplateRenames.resources(named, renames.resources())));
    } catch (RuntimeException e) {
      // The review reads the member as written and says so where it cannot.
    }
    Map<String, Object> properties = new LinkedHashMap<>(stackSet.properties());
    properties.put("TemplateBody", text);
    Map<String, Template.Resource> resources = new LinkedHashMap<>(renamed.resources());
    resources.put(OrganizationImport.STACK_SET, stackSet.withProperties(properties));
    return new Template(
        renamed.description(),
        renamed.metadata(),
        renamed.parameters(),
        renamed.rules(),
        renamed.conditions(),
        resources,
        renamed.outputs(),
        renamed.mappings());
  }
}

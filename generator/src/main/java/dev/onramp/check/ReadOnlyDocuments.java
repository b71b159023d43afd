package dev.onramp.check;

import dev.onramp.iam.PolicyDocuments;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every policy document of a template that promises to be read-only: the managed policies of policy
 * sets marked {@code Metadata.Onramp.ReadOnly: true}, and each policy of a raw resource the
 * blueprint declares {@code readOnly: true} (a role's inline policies, a bucket policy; its trust
 * policy not). The checks that hold them to the promise read them from here.
 */
final class ReadOnlyDocuments {
  private ReadOnlyDocuments() {}

  /**
   * One read-only policy document.
   *
   * @param id the logical id of the resource that holds it
   * @param subject how findings name it: {@code managed policy X of read-only policy set 'y'}
   * @param document the policy document as the template has it
   */
  record Claimed(String id, String subject, Object document) {}

  static List<Claimed> of(CompiledTemplate template) {
    List<Claimed> claimed = new ArrayList<>();
    template
        .template()
        .resources()
        .forEach(
            (id, resource) -> {
              Map<String, Object> onramp = TemplateValues.mapAt(resource.metadata(), "Onramp");
              if (TemplateValues.isTrue(onramp.get("ReadOnly"))) {
                claimed.add(
                    new Claimed(
                        id,
                        "managed policy "
                            + id
                            + " of read-only policy set '"
                            + onramp.get("PolicySet")
                            + "'",
                        resource.properties().get("PolicyDocument")));
              }
            });
    for (TemplateFacts.RawResource raw : readOnlyRaw(template)) {
      Template.Resource resource = template.template().resources().get(raw.logicalId());
      for (PolicyDocuments.Document document : PolicyDocuments.of(resource)) {
        if (!document.trust()) {
          claimed.add(
              new Claimed(
                  raw.logicalId(),
                  "read-only raw resource " + raw.logicalId(),
                  document.document()));
        }
      }
    }
    return claimed;
  }

  /** The raw resources the blueprint declares read-only and the template has. */
  static List<TemplateFacts.RawResource> readOnlyRaw(CompiledTemplate template) {
    return template.facts().rawResources().stream()
        .filter(raw -> raw.readOnly())
        .filter(raw -> template.template().resources().containsKey(raw.logicalId()))
        .toList();
  }
}

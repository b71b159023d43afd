package dev.onramp.compile.resources;

import dev.onramp.blueprint.model.RawResourceSpec;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A raw resource read from the blueprint: the template resource it becomes (without the condition
 * its switch adds when compiled), the names it refers to, and the problems found in its values.
 */
record RawResource(
    String id,
    String path,
    RawResourceSpec spec,
    Template.Resource resource,
    List<RawReference> references,
    List<RawProblem> problems) {

  /** Reads {@code spec}, the raw resource {@code id} of the blueprint. */
  @SuppressWarnings("unchecked")
  static RawResource read(String id, RawResourceSpec spec) {
    String path = "resources." + id;
    RawValues values = new RawValues();
    Map<String, Object> properties =
        (Map<String, Object>) values.read(spec.properties(), path + ".properties");
    Map<String, Object> metadata =
        (Map<String, Object>) values.read(spec.metadata(), path + ".metadata");
    List<RawReference> references = new ArrayList<>(values.references());
    for (int i = 0; i < spec.dependsOn().size(); i++) {
      String at = path + ".dependsOn" + (spec.dependsOn().size() == 1 ? "" : "[" + i + "]");
      references.add(new RawReference(RawReference.Kind.RESOURCE, spec.dependsOn().get(i), at));
    }
    if (spec.condition() != null) {
      references.add(
          new RawReference(RawReference.Kind.CONDITION, spec.condition(), path + ".condition"));
    }
    Template.Resource resource =
        new Template.Resource(
            spec.type(),
            spec.condition(),
            spec.dependsOn(),
            spec.deletionPolicy(),
            spec.updateReplacePolicy(),
            metadata,
            properties);
    return new RawResource(id, path, spec, resource, references, values.problems());
  }
}

package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.conditional.SwitchCondition;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * What the template says outside its resources, parameters and outputs: its description becomes the
 * blueprint's; each condition is said as the switch that says the same, or reported as having none;
 * mappings are read where looked up with literal keys; {@code Rules} and metadata other than the
 * console's are dropped (a blueprint has no place for them, and they grant nothing).
 */
final class TemplateSectionsImport implements ImportUnit {

  @Override
  public void run(ImportContext context) {
    Template template = context.template();
    // Every condition the original switches something with keeps its name: the sections' switch
    // conditions take the names of the named switches that test the same (NamedSwitches).
    conditionsInUse(template).forEach(context::declareCondition);
    for (String condition : template.conditions().keySet()) {
      if (condition.startsWith("FindInMap ")) {
        // Added by the lookup of a mapping under a parameter's or the region's value.
        continue;
      }
      Optional<Switch> when = context.switchFor(condition);
      boolean named =
          context
              .blueprint()
              .get("conditions")
              .map(c -> ((DraftMap) c).has(condition))
              .orElse(false);
      if (when.isPresent()) {
        context
            .log()
            .add(
                ImportLog.Kind.CONDITION,
                condition,
                "",
                (named ? "conditions." + condition + ", " : "")
                    + "switch on parameter "
                    + when.get().parameter()
                    + (named ? "" : " (condition " + SwitchCondition.name(when.get()) + ")"));
      } else {
        context
            .log()
            .add(
                ImportLog.Kind.CONDITION,
                condition,
                "",
                ImportLog.DROPPED,
                List.of(
                    context.whyNoSwitch(condition)
                        + "; what it switched is created always (see those entries)"));
      }
    }
    context
        .original()
        .mappings()
        .keySet()
        .forEach(
            mapping ->
                context
                    .log()
                    .add(
                        ImportLog.Kind.MAPPING,
                        mapping,
                        "",
                        "inlined",
                        List.of(
                            "each Fn::FindInMap of it with literal keys became the value it looks"
                                + " up; a blueprint has no Mappings section")));
    if (!template.rules().isEmpty()) {
      context
          .log()
          .add(
              ImportLog.Kind.SECTION,
              "Rules",
              "",
              ImportLog.DROPPED,
              List.of(
                  "a blueprint declares no Rules: "
                      + String.join(", ", template.rules().keySet())
                      + " no longer check parameter values before the stack is created"));
    }
    for (String key : template.metadata().keySet()) {
      if (!key.equals("AWS::CloudFormation::Interface")) {
        context
            .log()
            .add(
                ImportLog.Kind.SECTION,
                "Metadata." + key,
                "",
                ImportLog.DROPPED,
                List.of("a blueprint writes its own template Metadata"));
      }
    }
  }

  /** The conditions a resource or an output of {@code template} is created under or chooses by. */
  private static java.util.Set<String> conditionsInUse(Template template) {
    java.util.Set<String> used = new java.util.LinkedHashSet<>();
    template
        .resources()
        .values()
        .forEach(
            resource -> {
              if (resource.condition() != null) {
                used.add(resource.condition());
              }
              chosen(resource.properties(), used);
            });
    template
        .outputs()
        .values()
        .forEach(
            output -> {
              if (output.condition() != null) {
                used.add(output.condition());
              }
              chosen(output.value(), used);
            });
    used.retainAll(template.conditions().keySet());
    return used;
  }

  private static void chosen(Object value, java.util.Set<String> used) {
    dev.onramp.template.ValueRewrite.of(
        value,
        part -> {
          if (part instanceof dev.onramp.template.Fn.If choice) {
            used.add(choice.condition());
          }
          return java.util.Optional.empty();
        });
  }
}

package dev.onramp.compile;

import dev.onramp.compile.conditional.SwitchedReferences;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;

/**
 * No blueprint keys of its own: once the roles, the cost report, the callback and the organization
 * have written their parts, some of them switched by {@code when}, it makes the references between
 * switched and unswitched parts work, or reports those that cannot ({@link SwitchedReferences}).
 */
final class SwitchedReferencesSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    // Every switch was checked by the section it is written in.
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    SwitchedReferences.apply(context, template);
  }
}

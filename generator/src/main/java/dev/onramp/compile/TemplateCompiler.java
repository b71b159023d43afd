package dev.onramp.compile;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.compile.conditional.NamedSwitches;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.compile.section.SectionAbandoned;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.CompiledTemplate;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a blueprint into the template model, one {@link BlueprintSection} at a time: every
 * section checks its part of the blueprint; when none found an error, each declares the parameters
 * others may refer to, then each compiles into one {@link TemplateBuilder}, in the order of the
 * list. The compiled template carries the {@link dev.onramp.template.TemplateFacts} the sections
 * recorded.
 */
public final class TemplateCompiler {
  private final List<BlueprintSection> sections;

  /** A compiler of the given sections, in their order; {@link Sections#ALL} for Onramp's own. */
  public TemplateCompiler(List<BlueprintSection> sections) {
    this.sections = List.copyOf(sections);
  }

  /**
   * Validates and compiles one blueprint. Problems go to {@code diagnostics}; the template is
   * absent when any of them is an error.
   */
  public static Optional<CompiledTemplate> compile(
      ParsedBlueprint parsed, Diagnostics diagnostics) {
    return compile(parsed, MemberTemplates.NONE, diagnostics);
  }

  /**
   * Validates and compiles one blueprint, looking up an organization's member blueprint among
   * {@code members}. Problems go to {@code diagnostics}; the template is absent when any of them is
   * an error.
   */
  public static Optional<CompiledTemplate> compile(
      ParsedBlueprint parsed, MemberTemplates members, Diagnostics diagnostics) {
    return new TemplateCompiler(Sections.ALL).compileOne(parsed, members, diagnostics);
  }

  /** Like {@link #compile(ParsedBlueprint, MemberTemplates, Diagnostics)}, with these sections. */
  public Optional<CompiledTemplate> compileOne(
      ParsedBlueprint parsed, MemberTemplates members, Diagnostics diagnostics) {
    Diagnostics own = new Diagnostics();
    Optional<CompiledTemplate> compiled = compiled(new SectionContext(parsed, members, own));
    diagnostics.addAll(own.sorted());
    return compiled;
  }

  private Optional<CompiledTemplate> compiled(SectionContext context) {
    sections.forEach(section -> section.validate(context));
    if (context.diagnostics().hasErrors()) {
      return Optional.empty();
    }
    TemplateBuilder template = new TemplateBuilder(context.blueprint());
    sections.forEach(section -> section.declareParameters(context, template));
    try {
      for (BlueprintSection section : sections) {
        section.compile(context, template);
      }
    } catch (SectionAbandoned abandoned) {
      return Optional.empty();
    }
    if (context.diagnostics().hasErrors()) {
      return Optional.empty();
    }
    ParsedBlueprint parsed = context.parsed();
    CompiledTemplate compiled =
        CompiledTemplate.of(
            parsed.name(),
            parsed.source().file(),
            NamedSwitches.unify(template.build(), context.blueprint().conditions()),
            template.origins(),
            template.facts());
    TemplateLimits.check(
        compiled, parsed.source(), parsed.model().suppressions(), context.diagnostics());
    ListParametersInSub.check(compiled, context);
    return context.diagnostics().hasErrors() ? Optional.empty() : Optional.of(compiled);
  }
}

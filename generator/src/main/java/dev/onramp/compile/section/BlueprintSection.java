package dev.onramp.compile.section;

/**
 * One section of a blueprint (its roles, its cost report, its callback, …) as a unit: what it means
 * is checked by {@link #validate}, and {@link #compile} writes what it creates into the template.
 * Every section is listed once in {@link Sections#ALL}; {@link TemplateCompiler} runs them in that
 * order, so a section may look at what earlier ones wrote.
 *
 * <p>A blueprint is checked whole before anything is compiled: every section validates, and only
 * when none found an error do the sections declare their parameters and then compile.
 */
public interface BlueprintSection {

  /**
   * Reports to {@code context} what is wrong with this section, including references it makes to
   * other sections (an output's role, a switch's parameter). Reports nothing for a section the
   * blueprint does not have.
   */
  void validate(SectionContext context);

  /**
   * Declares the parameters that other sections' compilers may refer to, before any section
   * compiles. Parameters only this section uses are better added in {@link #compile}.
   */
  default void declareParameters(SectionContext context, TemplateBuilder template) {}

  /**
   * Adds what the section creates to {@code template}, reporting problems only the compiled result
   * shows (a policy over IAM's size limit) to {@code context}.
   *
   * @throws SectionAbandoned after reporting why, when the template cannot be completed at all
   */
  void compile(SectionContext context, TemplateBuilder template) throws SectionAbandoned;
}

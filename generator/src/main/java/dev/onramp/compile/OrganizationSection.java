package dev.onramp.compile;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import java.util.Optional;

/**
 * The {@code organization} fan-out: a StackSet that gives every member account the member
 * blueprint's template, and optionally a copy of the member's resources in the management account
 * ({@link OrganizationCompiler}, checked by {@link OrganizationValidation}). It declares the
 * parameters that say where the member stacks go.
 */
final class OrganizationSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    OrganizationValidation.check(context.blueprint(), context.source(), context.diagnostics());
    OrganizationValidation.checkPublishing(
        context.blueprint(), context.source(), context.diagnostics());
  }

  @Override
  public void declareParameters(SectionContext context, TemplateBuilder template) {
    OrganizationSpec organization = context.blueprint().organization();
    if (organization == null) {
      return;
    }
    for (OrganizationParameters.Added added : OrganizationParameters.of(organization)) {
      if (!template.hasParameter(added.name())) {
        template.parameter(added.name(), added.spec());
      }
    }
  }

  /**
   * Compiles through the map adapter ({@link LegacyMaps}) until {@link OrganizationCompiler} writes
   * through the builder itself; then records the member and the management copy as facts.
   */
  @Override
  public void compile(SectionContext context, TemplateBuilder template) throws SectionAbandoned {
    OrganizationSpec organization = context.blueprint().organization();
    if (organization == null) {
      return;
    }
    LegacyMaps maps = new LegacyMaps(template);
    boolean compiled =
        new OrganizationCompiler(context.parsed(), context.members(), context.diagnostics())
            .compile(
                maps.parameters,
                new OrganizationCompiler.Parts(
                    maps.resources,
                    maps.origins,
                    maps.conditions,
                    maps.rules,
                    maps.outputs,
                    maps.onrampMetadata));
    if (!compiled) {
      throw new SectionAbandoned("organization");
    }
    maps.writeBack();
    String name = organization.memberBlueprint();
    CompiledTemplate member = context.members().template(name).orElseThrow();
    template.member(
        new MemberStackSet(
            OrganizationCompiler.STACK_SET,
            member.name(),
            context.members().blueprint(name).orElseThrow().model().metadata().version(),
            ContentHash.sha256Hex(member.yamlBytes()),
            member.yamlBytes().length,
            member.yamlBytes().length > OrganizationCompiler.TEMPLATE_BODY_LIMIT
                ? Optional.of(
                    OrganizationCompiler.publishedKey(context.blueprint().publishing(), member))
                : Optional.empty(),
            !member.facts().registrations().isEmpty(),
            Optional.ofNullable(organization.managementAccount())
                .map(OrganizationSpec.ManagementAccountSpec::parameter)));
    if (organization.managementAccount() != null) {
      template.copyOf(member.facts(), organization.managementAccount().logicalIdPrefix());
    }
  }
}

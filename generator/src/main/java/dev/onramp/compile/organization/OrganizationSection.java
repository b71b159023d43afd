package dev.onramp.compile.organization;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.conditional.SwitchedScope;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionAbandoned;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.TemplateFacts.MemberStackSet;
import java.util.Optional;

/**
 * The {@code organization} fan-out: a StackSet that gives every member account the member
 * blueprint's template, and optionally a copy of the member's resources in the management account
 * ({@link OrganizationFanOut}). It declares the parameters that say where the member stacks go.
 */
public final class OrganizationSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    OrganizationFanOut.validate(context);
    OrganizationSpec organization = context.blueprint().organization();
    if (organization != null) {
      SwitchCheck.check(context, organization.when(), "organization.when");
      AdministrationRoleSwitch.check(context, organization);
    }
  }

  @Override
  public void declareParameters(SectionContext context, TemplateBuilder template) {
    OrganizationSpec organization = context.blueprint().organization();
    if (organization != null) {
      OrganizationFanOut.declareParameters(organization, template);
    }
  }

  /**
   * Compiles the fan-out ({@link OrganizationFanOut}); then records the member and the management
   * copy as facts. A member that cannot be used, or a step that fails, abandons the template.
   */
  @Override
  public void compile(SectionContext context, TemplateBuilder template) throws SectionAbandoned {
    OrganizationSpec organization = context.blueprint().organization();
    if (organization == null) {
      return;
    }
    OrganizationFanOut fanOut =
        OrganizationFanOut.of(context.parsed(), context.members(), context.diagnostics())
            .orElseThrow(() -> new SectionAbandoned("organization"));
    Diagnostics found = new Diagnostics();
    SwitchedScope switched = SwitchedScope.open(template, organization.when());
    fanOut.compile(template, found);
    AdministrationRoleSwitch.apply(organization, template);
    switched.close();
    context.diagnostics().addAll(found.sorted());
    if (found.hasErrors()) {
      throw new SectionAbandoned("organization");
    }
    String name = organization.memberBlueprint();
    CompiledTemplate member = context.members().template(name).orElseThrow();
    template.member(
        new MemberStackSet(
            OrganizationFanOut.STACK_SET,
            member.name(),
            context.members().blueprint(name).orElseThrow().model().metadata().version(),
            ContentHash.sha256Hex(member.yamlBytes()),
            member.yamlBytes().length,
            fanOut.publishedKey(),
            !member.facts().registrations().isEmpty(),
            Optional.ofNullable(organization.managementAccount())
                .map(OrganizationSpec.ManagementAccountSpec::parameter)));
    if (organization.managementAccount() != null) {
      template.copyOf(member.facts(), organization.managementAccount().logicalIdPrefix());
      OneRegistrationPerAccount.apply(
          template, organization.managementAccount().logicalIdPrefix(), member.name());
    }
  }
}

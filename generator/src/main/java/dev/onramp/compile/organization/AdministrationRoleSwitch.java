package dev.onramp.compile.organization;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.OrganizationSpec.PermissionModel;
import dev.onramp.compile.conditional.Conjunction;
import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.conditional.SwitchCondition;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.Template;

/**
 * {@code organization.administrationRoleWhen}: the self-managed StackSet's administration role,
 * created only when the customer says so. Its name is fixed, so a customer who has the role already
 * (from an earlier StackSet) could not create the stack otherwise. The StackSet names the role by
 * its ARN either way, and waits for it through a {@link
 * dev.onramp.compile.conditional.ConditionalDependency} when it is created.
 */
final class AdministrationRoleSwitch {
  private static final String PATH = "organization.administrationRoleWhen";

  private AdministrationRoleSwitch() {}

  static void check(SectionContext context, OrganizationSpec organization) {
    if (organization.administrationRoleWhen() == null) {
      return;
    }
    if (organization.permissionModel() != PermissionModel.SELF_MANAGED
        || !organization.createAdministrationRole()) {
      context.error(
          DiagnosticCode.INVALID_SWITCH,
          PATH,
          "administrationRoleWhen switches the administration role this stack creates, but it"
              + " creates none (that needs permissionModel: self-managed and"
              + " createAdministrationRole: true)",
          "remove administrationRoleWhen, or set createAdministrationRole: true");
      return;
    }
    SwitchCheck.check(context, organization.administrationRoleWhen(), PATH);
  }

  /** Puts the administration role, when this stack creates one, under its switch. */
  static void apply(OrganizationSpec organization, TemplateBuilder template) {
    Template.Resource role = template.resources().get(AdministrationRole.ID);
    if (organization.administrationRoleWhen() == null || role == null) {
      return;
    }
    String condition = SwitchCondition.add(template, organization.administrationRoleWhen());
    template.resource(
        AdministrationRole.ID,
        role.withCondition(Conjunction.of(template, condition, role.condition())),
        null);
  }
}

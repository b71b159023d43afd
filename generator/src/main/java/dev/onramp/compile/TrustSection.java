package dev.onramp.compile;

import dev.onramp.aws.AccountId;
import dev.onramp.aws.Arn;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.ExternalIdValue;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.compile.section.TemplateMetadata;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.template.Template;
import java.util.Optional;

/**
 * The {@code vendor} the roles trust and the {@code externalId} they require. It declares the
 * ExternalId parameter, first of all; the trust policy itself is part of every role ({@link
 * RolesSection}).
 */
final class TrustSection implements BlueprintSection {
  /** The console group of the hub's account parameter, which the customer fills in. */
  static final String HUB_GROUP = "Organization hub";

  @Override
  public void validate(SectionContext context) {
    Vendor vendor = context.blueprint().vendor();
    String arnAccount = null;
    if (vendor.roleArn() != null) {
      Optional<Arn> arn = Arn.parseIamRole(vendor.roleArn());
      if (arn.isPresent()) {
        arnAccount = arn.get().account();
      } else {
        context.error(
            DiagnosticCode.INVALID_ARN,
            "vendor.roleArn",
            "'" + vendor.roleArn() + "' is not an IAM role ARN",
            "write arn:aws:iam::<12-digit account>:role/<name>; the partition is set per stack");
      }
    }
    if (vendor.accountId() != null) {
      if (!AccountId.isAccountId(vendor.accountId())) {
        context.error(
            DiagnosticCode.INVALID_ACCOUNT_ID,
            "vendor.accountId",
            "'" + vendor.accountId() + "' is not an AWS account id",
            "write the 12 digits of the vendor's account, quoted: \"111122223333\"");
      } else if (arnAccount != null && !arnAccount.equals(vendor.accountId())) {
        context.error(
            DiagnosticCode.INVALID_TRUST,
            "vendor.roleArn",
            "the role ARN is in account "
                + arnAccount
                + ", not in vendor.accountId "
                + vendor.accountId(),
            "make the two agree, or leave out accountId");
      }
    } else if (vendor.roleArn() == null && !vendor.principalIsParameter()) {
      context.error(
          DiagnosticCode.MISSING_KEY,
          "vendor",
          "the vendor needs an accountId or a roleArn",
          "add 'accountId: \"111122223333\"' with the vendor's account id");
    }
    if (vendor.trustedPrincipal() != Vendor.Principal.ACCOUNT_ROOT && vendor.roleArn() == null) {
      context.error(
          DiagnosticCode.INVALID_TRUST,
          "vendor.principal",
          "principal '" + vendor.trustedPrincipal().label() + "' needs vendor.roleArn",
          "add 'roleArn: arn:aws:iam::<account>:role/<name>' or use principal 'account-root'");
    }
    new VendorPrincipalChecks(context).check();
    new RoleTrustChecks(context).check();
    new DerivedExternalIdChecks(context).check();
  }

  /** The ExternalId parameter comes first in the console, in the group the vendor's link fills. */
  @Override
  public void declareParameters(SectionContext context, TemplateBuilder template) {
    Blueprint blueprint = context.blueprint();
    if (ExternalIdUse.parameterNeeded(blueprint)) {
      template.parameter(blueprint.externalId().parameter(), null);
    }
    String group = TemplateMetadata.externalIdGroup(blueprint);
    declareUnlessDeclared(
        context,
        template,
        blueprint.vendor().accountIdParameter(),
        PrincipalParameter.ACCOUNT_ID,
        group);
    declareUnlessDeclared(
        context,
        template,
        blueprint.vendor().roleArnParameter(),
        PrincipalParameter.ROLE_ARN,
        group);
    for (RoleSpec role : blueprint.roles()) {
      if (role.trust() != null && role.trust().hub() != null) {
        declareUnlessDeclared(
            context,
            template,
            role.trust().hub().accountParameter(),
            PrincipalParameter.HUB_ACCOUNT_ID,
            HUB_GROUP);
      }
    }
  }

  /**
   * A principal parameter the blueprint does not declare is created next to the ExternalId, in the
   * group the vendor's link fills; a declared one keeps its place among the blueprint's own.
   */
  private static void declareUnlessDeclared(
      SectionContext context,
      TemplateBuilder template,
      String name,
      PrincipalParameter kind,
      String group) {
    if (name != null
        && !context.declaredParameters().containsKey(name)
        && !template.hasParameter(name)) {
      template.parameter(name, kind.created(name, group));
    }
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    // Every role carries its trust policy (RolesSection); a derived ExternalId is returned here,
    // first of the outputs, for the customer to give to the vendor.
    Blueprint blueprint = context.blueprint();
    if (blueprint.externalId().derivedFromStack()) {
      template.output(
          blueprint.externalId().outputName(),
          new Template.Output(
              "The ExternalId this stack made from its id: give it to "
                  + blueprint.vendor().displayName()
                  + ".",
              ExternalIdValue.of(blueprint),
              null,
              null));
    }
  }
}

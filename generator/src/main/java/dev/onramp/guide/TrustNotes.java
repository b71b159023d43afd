package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.TrustSpec;
import dev.onramp.blueprint.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the guide says about a trusted principal that is not one fixed account: a principal the
 * customer enters at deploy time, and roles narrowed by an ARN pattern. Each is a choice the
 * customer should make knowingly, so it is said before they start.
 */
final class TrustNotes {
  private TrustNotes() {}

  /** The bullets of "Before you start" about the principal, none for a fixed account. */
  static List<String> prerequisites(Blueprint blueprint, String vendorName) {
    Vendor vendor = blueprint.vendor();
    List<String> bullets = new ArrayList<>();
    if (vendor.accountIdParameter() != null) {
      bullets.add(
          "**"
              + vendorName
              + "'s AWS account id**, which you enter in `"
              + vendor.accountIdParameter()
              + "`: the roles trust that account, so take it from "
              + vendorName
              + " itself. The parameter accepts only a 12-digit account id.");
    }
    if (vendor.roleArnParameter() != null) {
      bullets.add(
          "**The ARN of "
              + vendorName
              + "'s IAM role**, which you enter in `"
              + vendor.roleArnParameter()
              + "`: only that role may assume the roles, so take it from "
              + vendorName
              + " itself. The parameter accepts only an IAM role ARN.");
    }
    if (vendor.principalArnPattern() != null) {
      bullets.add(
          "**Only some roles of "
              + vendorName
              + "**: the roles trust only roles of "
              + vendorName
              + "'s account whose ARN matches `"
              + vendor.principalArnPattern()
              + "` (`aws:PrincipalArn`, with `*` and `?` as wildcards), and only with your"
              + " ExternalId.");
    }
    List<String> ownTrust = new ArrayList<>();
    for (RoleSpec role : blueprint.roles()) {
      if (role.trust() != null) {
        ownTrust.add("`" + role.id() + "` (" + whoAssumes(role.trust()) + ")");
      }
    }
    if (!ownTrust.isEmpty()) {
      bullets.add(
          "**Roles without an ExternalId**: "
              + String.join(", ", ownTrust)
              + ". "
              + vendorName
              + " cannot assume them from its account; they need no ExternalId, as none of these"
              + " principals is outside your account or organization.");
    }
    return bullets;
  }

  private static String whoAssumes(TrustSpec trust) {
    if (!trust.allServices().isEmpty()) {
      return "assumed by the AWS service"
          + (trust.allServices().size() == 1 ? " " : "s ")
          + String.join(", ", trust.allServices());
    }
    if (trust.role() != null) {
      return "assumed by role `" + trust.role() + "` of this stack";
    }
    if (trust.trustsCustomerAccount()) {
      return "assumed by principals of your own account that your IAM policies allow";
    }
    return "assumed by role "
        + trust.hub().roleName()
        + " of your organization's account in `"
        + trust.hub().accountParameter()
        + "`, only from inside your organization";
  }

  /** What the guide says of an ExternalId the stack derives from its id, and gives as output. */
  static Optional<String> derivedExternalId(Blueprint blueprint, String vendorName) {
    if (!blueprint.externalId().derivedFromStack()) {
      return Optional.empty();
    }
    return Optional.of(
        "**Your ExternalId** is made by the stack from its own id: you need none to start. Once"
            + " the stack is created, give "
            + vendorName
            + " the value of the output `"
            + blueprint.externalId().outputName()
            + "`; "
            + vendorName
            + " can assume the roles only with it, which keeps anyone else from having "
            + vendorName
            + " act on your account.");
  }

  /** The diagram's label of the vendor's principal, when a parameter or a pattern names it. */
  static String principalLabel(Vendor vendor, String fixedLabel) {
    if (vendor.roleArnParameter() != null) {
      return "the role in parameter " + vendor.roleArnParameter();
    }
    if (vendor.principalArnPattern() != null) {
      return "roles matching " + vendor.principalArnPattern();
    }
    return fixedLabel;
  }

  /** The diagram's account caption, when a parameter names the account. */
  static String accountCaption(Vendor vendor) {
    return vendor.accountIdParameter() == null
        ? ""
        : ": the AWS account in parameter " + vendor.accountIdParameter();
  }
}

package dev.onramp.guide;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.Vendor;
import java.util.ArrayList;
import java.util.List;

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
    return bullets;
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

package dev.onramp.maven;

import dev.onramp.api.VendorSettings;

/**
 * {@code <vendor>}: the vendor's AWS principal that shipped blueprints are generated for (they name
 * only a placeholder). The project's own blueprints name their vendor themselves; the generator
 * checks the values.
 */
public class VendorParameters {

  /** The vendor's 12-digit AWS account id. */
  private String accountId;

  /** The vendor's role ARN: trusted as {@code account-root-narrowed} unless principal says. */
  private String roleArn;

  /**
   * How trust policies name the vendor: account-root-narrowed (the default with a roleArn), role,
   * or account-root, which trusts the vendor's whole account and must be chosen.
   */
  private String principal;

  /** The vendor's name as customers know it, used in onboarding guides. */
  private String name;

  public VendorParameters() {}

  VendorParameters(String accountId, String roleArn, String principal) {
    this.accountId = accountId;
    this.roleArn = roleArn;
    this.principal = principal;
  }

  /**
   * The vendor as configured; {@code accountIdFromProperty} ({@code -Dcfn.vendor.accountId}) wins
   * over {@code <accountId>}. The generator checks the values, and names {@code
   * <vendor><principal>} when it is not one of {@link VendorSettings#principals()}.
   */
  static VendorSettings resolve(VendorParameters configured, String accountIdFromProperty) {
    VendorParameters given = configured == null ? new VendorParameters() : configured;
    String account =
        accountIdFromProperty != null && !accountIdFromProperty.isBlank()
            ? accountIdFromProperty
            : given.accountId;
    return new VendorSettings(account, given.roleArn, given.principal, given.name);
  }
}

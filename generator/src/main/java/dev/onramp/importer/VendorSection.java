package dev.onramp.importer;

/**
 * The {@code vendor} and {@code externalId} sections, from the trust of the first vendor role: the
 * account, role ARN or parameter the original trusts, and the parameter its ExternalId condition
 * names.
 */
final class VendorSection {
  private VendorSection() {}

  static void write(ImportContext context, TrustReading.VendorTrust trust) {
    DraftMap vendor = new DraftMap();
    vendor.put("accountId", trust.accountId());
    vendor.put("roleArn", trust.roleArn());
    vendor.put("accountIdParameter", trust.accountIdParameter());
    vendor.put("roleArnParameter", trust.roleArnParameter());
    vendor.put("principalArnPattern", trust.principalArnPattern());
    if (!isDefault(trust)) {
      vendor.put("principal", trust.principal());
    }
    context.blueprint().put("vendor", vendor, "The principal the original's vendor roles trust.");
    context.vendorParameters().add(trust.externalIdParameter());
    if (trust.accountIdParameter() != null) {
      context.vendorParameters().add(trust.accountIdParameter());
    }
    if (trust.roleArnParameter() != null) {
      context.vendorRoleArnParameter(trust.roleArnParameter());
    }
    context.externalIdParameter(trust.externalIdParameter());
  }

  /**
   * Whether the blueprint may leave the principal out: the narrowed root of a known role, or a root
   * narrowed otherwise. Trusting a whole account is written out, as the language requires.
   */
  private static boolean isDefault(TrustReading.VendorTrust trust) {
    return switch (trust.principal()) {
      case "account-root-narrowed" -> trust.roleArn() != null;
      case "account-root" ->
          trust.roleArnParameter() != null || trust.principalArnPattern() != null;
      default -> false;
    };
  }
}

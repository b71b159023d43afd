package dev.onramp.api;

import dev.onramp.blueprint.model.Vendor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The vendor that shipped blueprints are generated for (they name only a placeholder), as a front
 * end reads it: each value may be missing or blank. The project's own blueprints name their vendor
 * themselves; the generator checks the values.
 *
 * @param accountId the vendor's 12-digit AWS account id
 * @param roleArn the vendor's role, for principal {@code role} or {@code account-root-narrowed}
 * @param principal how trust policies name the vendor: one of {@link #principals()}
 * @param name the vendor's name as customers know it, used in onboarding guides
 */
public record VendorSettings(String accountId, String roleArn, String principal, String name) {

  /** No vendor given: shipped blueprints cannot be generated, the project's own can. */
  public static final VendorSettings NONE = new VendorSettings(null, null, null, null);

  public VendorSettings {
    accountId = stripped(accountId);
    roleArn = stripped(roleArn);
    principal = stripped(principal);
    name = stripped(name);
  }

  /** The principal kinds, spelt as in blueprints: {@code account-root, role, …}. */
  public static List<String> principals() {
    return Arrays.stream(Vendor.Principal.values()).map(Vendor.Principal::label).toList();
  }

  /** The vendor, or empty when no value is given. */
  Optional<Vendor> vendor() throws ConfigurationException {
    if (accountId == null && roleArn == null && principal == null && name == null) {
      return Optional.empty();
    }
    return Optional.of(new Vendor(accountId, roleArn, principalKind(), name));
  }

  private Vendor.Principal principalKind() throws ConfigurationException {
    if (principal == null) {
      return null;
    }
    for (Vendor.Principal candidate : Vendor.Principal.values()) {
      if (candidate.label().equals(principal)) {
        return candidate;
      }
    }
    throw new ConfigurationException(
        Setting.VENDOR_PRINCIPAL,
        "'" + principal + "' is not a way trust policies can name the vendor",
        "use one of " + String.join(", ", principals()));
  }

  private static String stripped(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

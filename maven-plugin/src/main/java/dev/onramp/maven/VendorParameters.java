package dev.onramp.maven;

import dev.onramp.blueprint.model.Vendor;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code <vendor>}: the vendor's AWS principal that shipped blueprints are generated for (they name
 * only a placeholder). The project's own blueprints name their vendor themselves; the generator
 * checks the values.
 */
public class VendorParameters {

  /** The vendor's 12-digit AWS account id. */
  private String accountId;

  /** The vendor's role ARN, for principal {@code role} or {@code account-root-narrowed}. */
  private String roleArn;

  /** How trust policies name the vendor: account-root (default), role, account-root-narrowed. */
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
   * The vendor, or empty when neither {@code <vendor>} nor {@code -Dcfn.vendor.accountId} says
   * anything. {@code accountIdFromProperty} wins over {@code <accountId>}.
   */
  static Optional<Vendor> resolve(VendorParameters configured, String accountIdFromProperty)
      throws MojoFailureException {
    VendorParameters given = configured == null ? new VendorParameters() : configured;
    String account = isSet(accountIdFromProperty) ? accountIdFromProperty : given.accountId;
    if (!isSet(account) && !isSet(given.roleArn) && !isSet(given.principal) && !isSet(given.name)) {
      return Optional.empty();
    }
    return Optional.of(
        new Vendor(
            strip(account),
            strip(given.roleArn),
            principalOf(strip(given.principal)),
            strip(given.name)));
  }

  private static Vendor.Principal principalOf(String label) throws MojoFailureException {
    if (label == null) {
      return null;
    }
    for (Vendor.Principal candidate : Vendor.Principal.values()) {
      if (candidate.label().equals(label)) {
        return candidate;
      }
    }
    String known =
        Arrays.stream(Vendor.Principal.values())
            .map(Vendor.Principal::label)
            .collect(Collectors.joining(", "));
    throw new MojoFailureException(
        "<vendor><principal> is '" + label + "', perhaps you should use one of " + known);
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static String strip(String value) {
    return isSet(value) ? value.strip() : null;
  }
}

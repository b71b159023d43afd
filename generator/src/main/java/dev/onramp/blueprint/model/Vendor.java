package dev.onramp.blueprint.model;

import dev.onramp.blueprint.bind.Doc;
import dev.onramp.blueprint.bind.Labeled;

/**
 * The vendor's principal. The account root lets the vendor decide inside its own account who may
 * assume; a role ARN pins one role (it must exist when the customer deploys); the narrowed root
 * trusts the account but requires {@code aws:PrincipalArn} to match the role, which survives the
 * vendor recreating that role.
 */
public record Vendor(
    @Doc("The vendor's 12-digit AWS account id. May be left out when roleArn is given.")
        String accountId,
    @Doc("The vendor's role ARN, for principal 'role' or 'account-root-narrowed'.") String roleArn,
    @Doc("How the trust policy names the vendor. Default account-root.") Principal principal) {

  public Vendor {
    principal = principal == null ? Principal.ACCOUNT_ROOT : principal;
  }

  /** How the trust policy names the vendor. */
  public enum Principal implements Labeled {
    ACCOUNT_ROOT,
    ROLE,
    ACCOUNT_ROOT_NARROWED
  }
}

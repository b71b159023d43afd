package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;

/**
 * The vendor's principal. The account root lets the vendor decide inside its own account who may
 * assume; a role ARN pins one role (it must exist when the customer deploys); the narrowed root
 * trusts the account but requires {@code aws:PrincipalArn} to match the role, which survives the
 * vendor recreating that role. Where the vendor's role is known, the narrowed root is the default;
 * trusting a whole account must be chosen ({@code principal: account-root}).
 */
public record Vendor(
    @Doc("The vendor's 12-digit AWS account id. May be left out when roleArn is given.")
        String accountId,
    @Doc("The vendor's role ARN, for principal 'role' or 'account-root-narrowed'.") String roleArn,
    @Doc(
            "How the trust policy names the vendor. Default account-root-narrowed when roleArn is"
                + " given; account-root, which trusts every principal of the vendor's account that"
                + " holds the ExternalId, must be chosen explicitly.")
        Principal principal,
    @Pattern(
            value = "[^\\x00-\\x1f\\x7f`|<>\\[\\]]{1,64}",
            meaning = "1 to 64 characters, without control characters or ` | < > [ ]")
        @Doc(
            "The vendor's name as its customers know it, used in their onboarding guides. Default:"
                + " 'the vendor'.")
        String name,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Name of a parameter holding the vendor's 12-digit account id, chosen at deploy time"
                + " (self-hosted editions, test environments). Created with the pattern ^\\d{12}$"
                + " when not declared; a declared one needs a pattern at least that strict.")
        String accountIdParameter,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Name of a parameter holding the IAM role ARN the roles trust, chosen at deploy time."
                + " Created with a pattern that accepts only an IAM role ARN when not declared; a"
                + " declared one needs a pattern at least that strict.")
        String roleArnParameter,
    @Doc(
            "Narrows the trusted account to the roles whose ARN matches, by aws:PrincipalArn with"
                + " StringLike, such as role/scanner-*: in vendor.accountId or"
                + " vendor.accountIdParameter. * and ? are wildcards, never in the account.")
        String principalArnPattern) {

  /** What onboarding guides call a vendor that has no name. */
  public static final String UNNAMED = "the vendor";

  /** A vendor without a name. */
  public Vendor(String accountId, String roleArn, Principal principal) {
    this(accountId, roleArn, principal, null);
  }

  /** A vendor as language 1.0 could write it, without a principal chosen at deploy time. */
  public Vendor(String accountId, String roleArn, Principal principal, String name) {
    this(accountId, roleArn, principal, name, null, null, null);
  }

  /**
   * How the trust policy names the vendor: as chosen, else the narrowed root when the vendor's role
   * is known, else the account root (which validation refuses unless chosen, see {@link
   * #trustsWholeAccount()}).
   */
  public Principal trustedPrincipal() {
    if (principal != null) {
      return principal;
    }
    return roleArn != null ? Principal.ACCOUNT_ROOT_NARROWED : Principal.ACCOUNT_ROOT;
  }

  /**
   * Whether every principal of the vendor's account that holds the ExternalId may assume: the
   * account root, neither narrowed to a role ARN pattern nor replaced by a role ARN parameter.
   */
  public boolean trustsWholeAccount() {
    return trustedPrincipal() == Principal.ACCOUNT_ROOT
        && roleArnParameter == null
        && principalArnPattern == null;
  }

  /** Whether the blueprint chose the principal ({@code vendor.principal}) rather than a default. */
  public boolean principalChosen() {
    return principal != null;
  }

  /** Whether the trusted principal is chosen at deploy time, by a parameter. */
  public boolean principalIsParameter() {
    return accountIdParameter != null || roleArnParameter != null;
  }

  /** The name customers know the vendor by, or {@link #UNNAMED}. */
  public String displayName() {
    return name == null || name.isBlank() ? UNNAMED : name;
  }

  /** How the trust policy names the vendor. */
  public enum Principal implements Labeled {
    ACCOUNT_ROOT,
    ROLE,
    ACCOUNT_ROOT_NARROWED
  }
}

package com.acme.onboarding.orgselfmanaged;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link OrgSelfManaged}, one for each parameter of blueprint {@code
 * org-self-managed}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class OrgSelfManagedProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern ACCOUNT_IDS_PATTERN = Pattern.compile("^\\d{12}$");
  private static final Pattern PERMISSIONS_BOUNDARY_ARN_PATTERN = Pattern.compile("^$|^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/.+$");

  private final String externalId;
  private final List<String> accountIds;
  private final Boolean includeManagementAccount;
  private final String permissionsBoundaryArn;

  private OrgSelfManagedProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.accountIds = required(builder.accountIds, "accountIds");
    this.includeManagementAccount = builder.includeManagementAccount != null ? builder.includeManagementAccount : true;
    this.permissionsBoundaryArn = builder.permissionsBoundaryArn != null ? builder.permissionsBoundaryArn : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    accountIds.forEach(element -> checkPattern("accountIds", element, ACCOUNT_IDS_PATTERN, "Each must be a 12-digit AWS account id.", false));
    checkPattern("permissionsBoundaryArn", permissionsBoundaryArn, PERMISSIONS_BOUNDARY_ARN_PATTERN, "Must be empty or the ARN of an IAM managed policy.", false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Provided by the vendor and pre-filled by the link. Do not change it.
   *
   * <p>Template parameter {@code ExternalId}. Required: no default. Must match
   * <code>^[\w+=,.&#64;:/-]{2,1224}$</code>. Length: 2 to 1224 characters. Must be 2 to 1224
   * characters: letters, digits and + = , . &#64; : / - _
   */
  public String getExternalId() {
    return externalId;
  }

  /**
   * Enter all account numbers that get the member stack, comma separated. This management account
   * is covered by its own switch.
   *
   * <p>Template parameter {@code AccountIds}. Required: no default. Each must match
   * <code>^\d{12}$</code>. Each must be a 12-digit AWS account id.
   */
  public List<String> getAccountIds() {
    return accountIds;
  }

  /**
   * StackSets never deploy to the management account; true creates the member accounts' resources
   * in this account too.
   *
   * <p>Template parameter {@code IncludeManagementAccount}. Default: <code>true</code>.
   */
  public Boolean getIncludeManagementAccount() {
    return includeManagementAccount;
  }

  /**
   * ARN of a managed policy used as the permissions boundary of the vendor's role. Leave empty for
   * none.
   *
   * <p>Template parameter {@code PermissionsBoundaryArn}. Default: <code>""</code>. Must match
   * <code>^$|^arn:aws[a-z-]*:iam::(\d{12}|aws):policy/.+$</code>. Must be empty or the ARN of an
   * IAM managed policy.
   */
  public String getPermissionsBoundaryArn() {
    return permissionsBoundaryArn;
  }

  /** Builds {@link OrgSelfManagedProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private List<String> accountIds;
    private Boolean includeManagementAccount;
    private String permissionsBoundaryArn;

    private Builder() {}

    /** Sets {@link OrgSelfManagedProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link OrgSelfManagedProps#getAccountIds()}. */
    public Builder accountIds(List<String> accountIds) {
      this.accountIds = accountIds == null ? null : List.copyOf(accountIds);
      return this;
    }

    /** Sets {@link OrgSelfManagedProps#getIncludeManagementAccount()}. */
    public Builder includeManagementAccount(Boolean includeManagementAccount) {
      this.includeManagementAccount = includeManagementAccount;
      return this;
    }

    /** Sets {@link OrgSelfManagedProps#getPermissionsBoundaryArn()}. */
    public Builder permissionsBoundaryArn(String permissionsBoundaryArn) {
      this.permissionsBoundaryArn = permissionsBoundaryArn;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public OrgSelfManagedProps build() {
      return new OrgSelfManagedProps(this);
    }
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required: the template has no default for it");
    }
    return value;
  }

  private static void checkPattern(
      String name, String value, Pattern pattern, String constraint, boolean secret) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          problem(name, value, secret, constraint, "must match " + pattern.pattern()));
    }
  }

  private static void checkLength(
      String name, String value, int min, int max, String constraint, boolean secret) {
    if (value.length() < min || value.length() > max) {
      throw new IllegalArgumentException(
          problem(name, value, secret, constraint, "must be " + min + " to " + max + " characters"));
    }
  }

  /** The message of a broken constraint: the template's description of it, else {@code rule}. */
  private static String problem(
      String name, String value, boolean secret, String constraint, String rule) {
    return name
        + (secret ? "" : " '" + value + "'")
        + ": "
        + (constraint != null ? constraint : rule);
  }
}

package com.acme.onboarding.switchnotifyandorganization;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link SwitchNotifyAndOrganization}, one for each parameter of blueprint {@code
 * switch-notify-and-organization}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class SwitchNotifyAndOrganizationProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern ACCOUNT_IDS_PATTERN = Pattern.compile("^\\d{12}$");
  private static final Pattern REGISTRATION_REGION_PATTERN = Pattern.compile("^$|^[a-z]{2}(-gov)?-[a-z]+-\\d$");

  private final String externalId;
  private final String registerWithAcme;
  private final Boolean enableAudit;
  private final String onboardMembers;
  private final String createAdministrationRole;
  private final List<String> accountIds;
  private final Boolean includeManagementAccount;
  private final String registrationRegion;

  private SwitchNotifyAndOrganizationProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.registerWithAcme = builder.registerWithAcme != null ? builder.registerWithAcme : "Yes";
    this.enableAudit = builder.enableAudit != null ? builder.enableAudit : true;
    this.onboardMembers = builder.onboardMembers != null ? builder.onboardMembers : "Yes";
    this.createAdministrationRole = builder.createAdministrationRole != null ? builder.createAdministrationRole : "Yes";
    this.accountIds = required(builder.accountIds, "accountIds");
    this.includeManagementAccount = builder.includeManagementAccount != null ? builder.includeManagementAccount : false;
    this.registrationRegion = builder.registrationRegion != null ? builder.registrationRegion : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkAllowed("registerWithAcme", registerWithAcme, List.of("Yes", "No"), null, false);
    checkAllowed("onboardMembers", onboardMembers, List.of("Yes", "No"), null, false);
    checkAllowed("createAdministrationRole", createAdministrationRole, List.of("Yes", "No"), null, false);
    accountIds.forEach(element -> checkPattern("accountIds", element, ACCOUNT_IDS_PATTERN, "Each must be a 12-digit AWS account id.", false));
    checkPattern("registrationRegion", registrationRegion, REGISTRATION_REGION_PATTERN, "Must be empty or a region code such as us-east-1.", false);
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
   * Tell Acme that this account is ready.
   *
   * <p>Template parameter {@code RegisterWithAcme}. Default: <code>Yes</code>. Allowed values:
   * <code>Yes, No</code>.
   */
  public String getRegisterWithAcme() {
    return registerWithAcme;
  }

  /**
   * Also let Acme audit this account's configuration.
   *
   * <p>Template parameter {@code EnableAudit}. Default: <code>true</code>.
   */
  public Boolean getEnableAudit() {
    return enableAudit;
  }

  /**
   * Onboard the listed member accounts through a StackSet.
   *
   * <p>Template parameter {@code OnboardMembers}. Default: <code>Yes</code>. Allowed values:
   * <code>Yes, No</code>.
   */
  public String getOnboardMembers() {
    return onboardMembers;
  }

  /**
   * No if this account has AWSCloudFormationStackSetAdministrationRole already.
   *
   * <p>Template parameter {@code CreateAdministrationRole}. Default: <code>Yes</code>. Allowed
   * values: <code>Yes, No</code>.
   */
  public String getCreateAdministrationRole() {
    return createAdministrationRole;
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
   * <p>Template parameter {@code IncludeManagementAccount}. Default: <code>false</code>.
   */
  public Boolean getIncludeManagementAccount() {
    return includeManagementAccount;
  }

  /**
   * Region whose stack registers this account with the vendor; leave empty (a StackSet fills it in
   * so an account that gets a stack in several regions is registered once).
   *
   * <p>Template parameter {@code RegistrationRegion}. Default: <code>""</code>. Must match
   * <code>^$|^[a-z]{2}(-gov)?-[a-z]+-\d$</code>. Must be empty or a region code such as us-east-1.
   */
  public String getRegistrationRegion() {
    return registrationRegion;
  }

  /** Builds {@link SwitchNotifyAndOrganizationProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String registerWithAcme;
    private Boolean enableAudit;
    private String onboardMembers;
    private String createAdministrationRole;
    private List<String> accountIds;
    private Boolean includeManagementAccount;
    private String registrationRegion;

    private Builder() {}

    /** Sets {@link SwitchNotifyAndOrganizationProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getRegisterWithAcme()}. */
    public Builder registerWithAcme(String registerWithAcme) {
      this.registerWithAcme = registerWithAcme;
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getEnableAudit()}. */
    public Builder enableAudit(Boolean enableAudit) {
      this.enableAudit = enableAudit;
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getOnboardMembers()}. */
    public Builder onboardMembers(String onboardMembers) {
      this.onboardMembers = onboardMembers;
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getCreateAdministrationRole()}. */
    public Builder createAdministrationRole(String createAdministrationRole) {
      this.createAdministrationRole = createAdministrationRole;
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getAccountIds()}. */
    public Builder accountIds(List<String> accountIds) {
      this.accountIds = accountIds == null ? null : List.copyOf(accountIds);
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getIncludeManagementAccount()}. */
    public Builder includeManagementAccount(Boolean includeManagementAccount) {
      this.includeManagementAccount = includeManagementAccount;
      return this;
    }

    /** Sets {@link SwitchNotifyAndOrganizationProps#getRegistrationRegion()}. */
    public Builder registrationRegion(String registrationRegion) {
      this.registrationRegion = registrationRegion;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public SwitchNotifyAndOrganizationProps build() {
      return new SwitchNotifyAndOrganizationProps(this);
    }
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required: the template has no default for it");
    }
    return value;
  }

  private static void checkAllowed(
      String name, String value, List<String> allowed, String constraint, boolean secret) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          problem(name, value, secret, constraint, "must be one of " + String.join(", ", allowed)));
    }
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

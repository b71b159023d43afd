package com.postura.onboarding.org;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link VendorCspmOrgScanner}, one for each parameter of blueprint {@code
 * vendor-cspm-org-scanner}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorCspmOrgScannerProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern POSTURA_ROLE_ARN_PATTERN = Pattern.compile("^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::\\d{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$");
  private static final Pattern ORGANIZATIONAL_UNIT_IDS_PATTERN = Pattern.compile("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$");
  private static final Pattern EXCLUDED_ACCOUNT_IDS_PATTERN = Pattern.compile("^(\\d{12})?$");

  private final String externalId;
  private final String posturaRoleArn;
  private final Boolean organizational;
  private final List<String> organizationalUnitIds;
  private final List<String> excludedAccountIds;

  private VendorCspmOrgScannerProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.posturaRoleArn = required(builder.posturaRoleArn, "posturaRoleArn");
    this.organizational = builder.organizational != null ? builder.organizational : false;
    this.organizationalUnitIds = required(builder.organizationalUnitIds, "organizationalUnitIds");
    this.excludedAccountIds = builder.excludedAccountIds != null ? builder.excludedAccountIds : List.of();
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("posturaRoleArn", posturaRoleArn, POSTURA_ROLE_ARN_PATTERN, "Must be the ARN of an IAM role: arn:<partition>:iam::<12-digit account>:role/<name>.", false);
    organizationalUnitIds.forEach(element -> checkPattern("organizationalUnitIds", element, ORGANIZATIONAL_UNIT_IDS_PATTERN, "Each must be an OU id (ou-ab12-cd34ef56) or a root id (r-ab12).", false));
    excludedAccountIds.forEach(element -> checkPattern("excludedAccountIds", element, EXCLUDED_ACCOUNT_IDS_PATTERN, "Each must be a 12-digit AWS account id.", false));
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
   * The ARN of the vendor's IAM role that may assume this stack's roles. Provided by the vendor.
   *
   * <p>Template parameter {@code PosturaRoleArn}. Required: no default. Must match
   * <code>^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::\d{12}:role/([\w+=,.&#64;-]+/)*[\w+=,.&#64;-]{1,64}$</code>.
   * Must be the ARN of an IAM role: arn:&lt;partition&gt;:iam::&lt;12-digit
   * account&gt;:role/&lt;name&gt;.
   */
  public String getPosturaRoleArn() {
    return posturaRoleArn;
  }

  /**
   * Template parameter {@code Organizational}. Default: <code>false</code>.
   */
  public Boolean getOrganizational() {
    return organizational;
  }

  /**
   * Ids of the OUs (ou-...) or the root (r-...) whose accounts get the member stack, comma
   * separated. Accounts that join them later get it too.
   *
   * <p>Template parameter {@code OrganizationalUnitIds}. Required: no default. Each must match
   * <code>^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$</code>. Each must be an OU id
   * (ou-ab12-cd34ef56) or a root id (r-ab12).
   */
  public List<String> getOrganizationalUnitIds() {
    return organizationalUnitIds;
  }

  /**
   * Accounts of those OUs that must not get the member stack, comma separated. Leave empty for
   * none.
   *
   * <p>Template parameter {@code ExcludedAccountIds}. Default: <code>""</code>. Each must match
   * <code>^(\d{12})?$</code>. Each must be a 12-digit AWS account id.
   */
  public List<String> getExcludedAccountIds() {
    return excludedAccountIds;
  }

  /** Builds {@link VendorCspmOrgScannerProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String posturaRoleArn;
    private Boolean organizational;
    private List<String> organizationalUnitIds;
    private List<String> excludedAccountIds;

    private Builder() {}

    /** Sets {@link VendorCspmOrgScannerProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorCspmOrgScannerProps#getPosturaRoleArn()}. */
    public Builder posturaRoleArn(String posturaRoleArn) {
      this.posturaRoleArn = posturaRoleArn;
      return this;
    }

    /** Sets {@link VendorCspmOrgScannerProps#getOrganizational()}. */
    public Builder organizational(Boolean organizational) {
      this.organizational = organizational;
      return this;
    }

    /** Sets {@link VendorCspmOrgScannerProps#getOrganizationalUnitIds()}. */
    public Builder organizationalUnitIds(List<String> organizationalUnitIds) {
      this.organizationalUnitIds = organizationalUnitIds == null ? null : List.copyOf(organizationalUnitIds);
      return this;
    }

    /** Sets {@link VendorCspmOrgScannerProps#getExcludedAccountIds()}. */
    public Builder excludedAccountIds(List<String> excludedAccountIds) {
      this.excludedAccountIds = excludedAccountIds == null ? null : List.copyOf(excludedAccountIds);
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorCspmOrgScannerProps build() {
      return new VendorCspmOrgScannerProps(this);
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

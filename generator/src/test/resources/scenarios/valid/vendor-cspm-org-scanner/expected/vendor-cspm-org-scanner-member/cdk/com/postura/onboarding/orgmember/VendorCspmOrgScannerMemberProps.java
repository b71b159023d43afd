package com.postura.onboarding.orgmember;

import java.util.regex.Pattern;

/**
 * The props of {@link VendorCspmOrgScannerMember}, one for each parameter of blueprint {@code
 * vendor-cspm-org-scanner-member}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorCspmOrgScannerMemberProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern POSTURA_ROLE_ARN_PATTERN = Pattern.compile("^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::\\d{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$");

  private final String externalId;
  private final String posturaRoleArn;

  private VendorCspmOrgScannerMemberProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.posturaRoleArn = required(builder.posturaRoleArn, "posturaRoleArn");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("posturaRoleArn", posturaRoleArn, POSTURA_ROLE_ARN_PATTERN, "Must be the ARN of an IAM role: arn:<partition>:iam::<12-digit account>:role/<name>.", false);
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

  /** Builds {@link VendorCspmOrgScannerMemberProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String posturaRoleArn;

    private Builder() {}

    /** Sets {@link VendorCspmOrgScannerMemberProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorCspmOrgScannerMemberProps#getPosturaRoleArn()}. */
    public Builder posturaRoleArn(String posturaRoleArn) {
      this.posturaRoleArn = posturaRoleArn;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorCspmOrgScannerMemberProps build() {
      return new VendorCspmOrgScannerMemberProps(this);
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

package com.acme.onboarding.permissionsboundary;

import java.util.regex.Pattern;

/**
 * The props of {@link PermissionsBoundary}, one for each parameter of blueprint {@code
 * permissions-boundary}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class PermissionsBoundaryProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern AUDIT_BOUNDARY_ARN_PATTERN = Pattern.compile("^$|^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/.+$");
  private static final Pattern BILLING_BOUNDARY_ARN_PATTERN = Pattern.compile("^$|^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/.+$");

  private final String externalId;
  private final String auditBoundaryArn;
  private final String billingBoundaryArn;

  private PermissionsBoundaryProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.auditBoundaryArn = builder.auditBoundaryArn != null ? builder.auditBoundaryArn : "";
    this.billingBoundaryArn = builder.billingBoundaryArn != null ? builder.billingBoundaryArn : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("auditBoundaryArn", auditBoundaryArn, AUDIT_BOUNDARY_ARN_PATTERN, null, false);
    checkPattern("billingBoundaryArn", billingBoundaryArn, BILLING_BOUNDARY_ARN_PATTERN, "Must be empty or the ARN of an IAM managed policy.", false);
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
   * ARN of a managed policy that caps the audit role. Empty for none.
   *
   * <p>Template parameter {@code AuditBoundaryArn}. Default: <code>""</code>. Must match
   * <code>^$|^arn:aws[a-z-]*:iam::(\d{12}|aws):policy/.+$</code>.
   */
  public String getAuditBoundaryArn() {
    return auditBoundaryArn;
  }

  /**
   * ARN of a managed policy used as the permissions boundary of the vendor's role. Leave empty for
   * none.
   *
   * <p>Template parameter {@code BillingBoundaryArn}. Default: <code>""</code>. Must match
   * <code>^$|^arn:aws[a-z-]*:iam::(\d{12}|aws):policy/.+$</code>. Must be empty or the ARN of an
   * IAM managed policy.
   */
  public String getBillingBoundaryArn() {
    return billingBoundaryArn;
  }

  /** Builds {@link PermissionsBoundaryProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String auditBoundaryArn;
    private String billingBoundaryArn;

    private Builder() {}

    /** Sets {@link PermissionsBoundaryProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link PermissionsBoundaryProps#getAuditBoundaryArn()}. */
    public Builder auditBoundaryArn(String auditBoundaryArn) {
      this.auditBoundaryArn = auditBoundaryArn;
      return this;
    }

    /** Sets {@link PermissionsBoundaryProps#getBillingBoundaryArn()}. */
    public Builder billingBoundaryArn(String billingBoundaryArn) {
      this.billingBoundaryArn = billingBoundaryArn;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public PermissionsBoundaryProps build() {
      return new PermissionsBoundaryProps(this);
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

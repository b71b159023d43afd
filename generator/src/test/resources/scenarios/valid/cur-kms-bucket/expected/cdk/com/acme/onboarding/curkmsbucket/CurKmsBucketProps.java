package com.acme.onboarding.curkmsbucket;

import java.util.regex.Pattern;

/**
 * The props of {@link CurKmsBucket}, one for each parameter of blueprint {@code
 * cur-kms-bucket}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class CurKmsBucketProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern COST_REPORT_KMS_KEY_ARN_PATTERN = Pattern.compile("^arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/[a-zA-Z0-9-]+$");

  private final String externalId;
  private final String costReportKmsKeyArn;

  private CurKmsBucketProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.costReportKmsKeyArn = required(builder.costReportKmsKeyArn, "costReportKmsKeyArn");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("costReportKmsKeyArn", costReportKmsKeyArn, COST_REPORT_KMS_KEY_ARN_PATTERN, "Must be the ARN of a KMS key.", false);
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
   * ARN of the KMS key that encrypts the report bucket. Its key policy must let
   * billingreports.amazonaws.com and bcm-data-exports.amazonaws.com use it.
   *
   * <p>Template parameter {@code CostReportKmsKeyArn}. Required: no default. Must match
   * <code>^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key/[a-zA-Z0-9-]+$</code>. Must be the ARN of a KMS
   * key.
   */
  public String getCostReportKmsKeyArn() {
    return costReportKmsKeyArn;
  }

  /** Builds {@link CurKmsBucketProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String costReportKmsKeyArn;

    private Builder() {}

    /** Sets {@link CurKmsBucketProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link CurKmsBucketProps#getCostReportKmsKeyArn()}. */
    public Builder costReportKmsKeyArn(String costReportKmsKeyArn) {
      this.costReportKmsKeyArn = costReportKmsKeyArn;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public CurKmsBucketProps build() {
      return new CurKmsBucketProps(this);
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

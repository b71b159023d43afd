package com.costwise.onboarding.role;

import java.util.regex.Pattern;

/**
 * The props of {@link VendorFinopsFixedRoleExistingCur}, one for each parameter of blueprint {@code
 * vendor-finops-fixed-role-existing-cur}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorFinopsFixedRoleExistingCurProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern CUR_BUCKET_NAME_PATTERN = Pattern.compile("^[a-z0-9.-]*$");

  private final String externalId;
  private final String curBucketName;
  private final String curPrefix;
  private final String curReportName;

  private VendorFinopsFixedRoleExistingCurProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.curBucketName = required(builder.curBucketName, "curBucketName");
    this.curPrefix = required(builder.curPrefix, "curPrefix");
    this.curReportName = required(builder.curReportName, "curReportName");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("curBucketName", curBucketName, CUR_BUCKET_NAME_PATTERN, null, false);
    checkLength("curBucketName", curBucketName, 3, 63, null, false);
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
   * Template parameter {@code CurBucketName}. Required: no default. Must match
   * <code>^[a-z0-9.-]*$</code>. Length: 3 to 63 characters.
   */
  public String getCurBucketName() {
    return curBucketName;
  }

  /**
   * Template parameter {@code CurPrefix}. Required: no default.
   */
  public String getCurPrefix() {
    return curPrefix;
  }

  /**
   * Template parameter {@code CurReportName}. Required: no default.
   */
  public String getCurReportName() {
    return curReportName;
  }

  /** Builds {@link VendorFinopsFixedRoleExistingCurProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String curBucketName;
    private String curPrefix;
    private String curReportName;

    private Builder() {}

    /** Sets {@link VendorFinopsFixedRoleExistingCurProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorFinopsFixedRoleExistingCurProps#getCurBucketName()}. */
    public Builder curBucketName(String curBucketName) {
      this.curBucketName = curBucketName;
      return this;
    }

    /** Sets {@link VendorFinopsFixedRoleExistingCurProps#getCurPrefix()}. */
    public Builder curPrefix(String curPrefix) {
      this.curPrefix = curPrefix;
      return this;
    }

    /** Sets {@link VendorFinopsFixedRoleExistingCurProps#getCurReportName()}. */
    public Builder curReportName(String curReportName) {
      this.curReportName = curReportName;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorFinopsFixedRoleExistingCurProps build() {
      return new VendorFinopsFixedRoleExistingCurProps(this);
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

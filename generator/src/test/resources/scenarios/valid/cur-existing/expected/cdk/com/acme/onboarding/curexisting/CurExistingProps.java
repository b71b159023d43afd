package com.acme.onboarding.curexisting;

import java.util.regex.Pattern;

/**
 * The props of {@link CurExisting}, one for each parameter of blueprint {@code
 * cur-existing}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class CurExistingProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern CUR_BUCKET_NAME_PATTERN = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
  private static final Pattern CUR_PREFIX_PATTERN = Pattern.compile("^[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*$");
  private static final Pattern CUR_REPORT_NAME_PATTERN = Pattern.compile("^[0-9A-Za-z!_.*'()-]{1,256}$");
  private static final Pattern CUR_BUCKET_REGION_PATTERN = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d$");

  private final String externalId;
  private final String curBucketName;
  private final String curPrefix;
  private final String curReportName;
  private final String curBucketRegion;

  private CurExistingProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.curBucketName = required(builder.curBucketName, "curBucketName");
    this.curPrefix = required(builder.curPrefix, "curPrefix");
    this.curReportName = required(builder.curReportName, "curReportName");
    this.curBucketRegion = required(builder.curBucketRegion, "curBucketRegion");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("curBucketName", curBucketName, CUR_BUCKET_NAME_PATTERN, "Must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.", false);
    checkPattern("curPrefix", curPrefix, CUR_PREFIX_PATTERN, "Must be letters, digits and ! - _ . * ' ( ) /, without a leading or trailing slash.", false);
    checkPattern("curReportName", curReportName, CUR_REPORT_NAME_PATTERN, "Must be letters, digits and ! - _ . * ' ( ), at most 256.", false);
    checkPattern("curBucketRegion", curBucketRegion, CUR_BUCKET_REGION_PATTERN, "Must be a region code, such as us-east-1.", false);
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
   * Name of your existing S3 bucket the Cost and Usage Report (or CUR 2.0 export) is delivered to;
   * the vendor's roles get read access to the report prefix only.
   *
   * <p>Template parameter {@code CurBucketName}. Required: no default. Must match
   * <code>^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$</code>. Must be an S3 bucket name: 3 to 63 lower-case
   * letters, digits, dots and hyphens.
   */
  public String getCurBucketName() {
    return curBucketName;
  }

  /**
   * S3 path prefix of your existing report in that bucket, as in its delivery options, without a
   * leading or trailing slash.
   *
   * <p>Template parameter {@code CurPrefix}. Required: no default. Must match
   * <code>^[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*$</code>. Must be letters, digits and ! - _
   * . * ' ( ) /, without a leading or trailing slash.
   */
  public String getCurPrefix() {
    return curPrefix;
  }

  /**
   * Name of your existing Cost and Usage Report (or CUR 2.0 export).
   *
   * <p>Template parameter {@code CurReportName}. Required: no default. Must match
   * <code>^[0-9A-Za-z!_.*'()-]{1,256}$</code>. Must be letters, digits and ! - _ . * ' ( ), at most
   * 256.
   */
  public String getCurReportName() {
    return curReportName;
  }

  /**
   * Region of your existing report bucket, such as us-east-1; the stack returns it as an output for
   * the vendor.
   *
   * <p>Template parameter {@code CurBucketRegion}. Required: no default. Must match
   * <code>^[a-z]{2}(-[a-z]+)+-\d$</code>. Must be a region code, such as us-east-1.
   */
  public String getCurBucketRegion() {
    return curBucketRegion;
  }

  /** Builds {@link CurExistingProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String curBucketName;
    private String curPrefix;
    private String curReportName;
    private String curBucketRegion;

    private Builder() {}

    /** Sets {@link CurExistingProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link CurExistingProps#getCurBucketName()}. */
    public Builder curBucketName(String curBucketName) {
      this.curBucketName = curBucketName;
      return this;
    }

    /** Sets {@link CurExistingProps#getCurPrefix()}. */
    public Builder curPrefix(String curPrefix) {
      this.curPrefix = curPrefix;
      return this;
    }

    /** Sets {@link CurExistingProps#getCurReportName()}. */
    public Builder curReportName(String curReportName) {
      this.curReportName = curReportName;
      return this;
    }

    /** Sets {@link CurExistingProps#getCurBucketRegion()}. */
    public Builder curBucketRegion(String curBucketRegion) {
      this.curBucketRegion = curBucketRegion;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public CurExistingProps build() {
      return new CurExistingProps(this);
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

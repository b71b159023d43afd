package com.acme.onboarding.curcreateorexisting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link CurCreateOrExisting}, one for each parameter of blueprint {@code
 * cur-create-or-existing}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class CurCreateOrExistingProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern CUR_BUCKET_NAME_PATTERN = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
  private static final Pattern CUR_PREFIX_PATTERN = Pattern.compile("^[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*$");
  private static final Pattern CUR_REPORT_NAME_PATTERN = Pattern.compile("^[0-9A-Za-z!_.*'()-]{1,256}$");
  private static final Pattern CUR_BUCKET_REGION_PATTERN = Pattern.compile("^$|^[a-z]{2}(-[a-z]+)+-\\d$");

  private final String externalId;
  private final String curSource;
  private final String curBucketName;
  private final String curPrefix;
  private final String curReportName;
  private final String curBucketRegion;

  private CurCreateOrExistingProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.curSource = builder.curSource != null ? builder.curSource : "create";
    this.curBucketName = required(builder.curBucketName, "curBucketName");
    this.curPrefix = builder.curPrefix != null ? builder.curPrefix : "cur";
    this.curReportName = builder.curReportName != null ? builder.curReportName : "acme-cur2";
    this.curBucketRegion = builder.curBucketRegion != null ? builder.curBucketRegion : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkAllowed("curSource", curSource, List.of("create", "existing"), null, false);
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
   * create a new export and bucket, or use an existing export.
   *
   * <p>Template parameter {@code CurSource}. Default: <code>create</code>. Allowed values:
   * <code>create, existing</code>.
   */
  public String getCurSource() {
    return curSource;
  }

  /**
   * Name of the S3 bucket the stack creates for the report. Bucket names are global: choose one no
   * other account uses, such as acme-cur-&lt;account id&gt;. When CurSource chooses an existing
   * report: the name of your existing bucket the report is delivered to.
   *
   * <p>Template parameter {@code CurBucketName}. Required: no default. Must match
   * <code>^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$</code>. Must be an S3 bucket name: 3 to 63 lower-case
   * letters, digits, dots and hyphens.
   */
  public String getCurBucketName() {
    return curBucketName;
  }

  /**
   * Key prefix the report is delivered under in the bucket, without a leading or trailing slash.
   * When CurSource chooses an existing report: your existing report's prefix.
   *
   * <p>Template parameter {@code CurPrefix}. Default: <code>cur</code>. Must match
   * <code>^[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*$</code>. Must be letters, digits and ! - _
   * . * ' ( ) /, without a leading or trailing slash.
   */
  public String getCurPrefix() {
    return curPrefix;
  }

  /**
   * Name of the report (or export) the stack creates; unique in the account. When CurSource chooses
   * an existing report: your existing report's name.
   *
   * <p>Template parameter {@code CurReportName}. Default: <code>acme-cur2</code>. Must match
   * <code>^[0-9A-Za-z!_.*'()-]{1,256}$</code>. Must be letters, digits and ! - _ . * ' ( ), at most
   * 256.
   */
  public String getCurReportName() {
    return curReportName;
  }

  /**
   * Region of your existing report bucket, such as us-east-1; the stack returns it as an output for
   * the vendor. Required when CurSource chooses the existing report; otherwise leave empty.
   *
   * <p>Template parameter {@code CurBucketRegion}. Default: <code>""</code>. Must match
   * <code>^$|^[a-z]{2}(-[a-z]+)+-\d$</code>. Must be a region code, such as us-east-1.
   */
  public String getCurBucketRegion() {
    return curBucketRegion;
  }

  /** Builds {@link CurCreateOrExistingProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String curSource;
    private String curBucketName;
    private String curPrefix;
    private String curReportName;
    private String curBucketRegion;

    private Builder() {}

    /** Sets {@link CurCreateOrExistingProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link CurCreateOrExistingProps#getCurSource()}. */
    public Builder curSource(String curSource) {
      this.curSource = curSource;
      return this;
    }

    /** Sets {@link CurCreateOrExistingProps#getCurBucketName()}. */
    public Builder curBucketName(String curBucketName) {
      this.curBucketName = curBucketName;
      return this;
    }

    /** Sets {@link CurCreateOrExistingProps#getCurPrefix()}. */
    public Builder curPrefix(String curPrefix) {
      this.curPrefix = curPrefix;
      return this;
    }

    /** Sets {@link CurCreateOrExistingProps#getCurReportName()}. */
    public Builder curReportName(String curReportName) {
      this.curReportName = curReportName;
      return this;
    }

    /** Sets {@link CurCreateOrExistingProps#getCurBucketRegion()}. */
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
    public CurCreateOrExistingProps build() {
      return new CurCreateOrExistingProps(this);
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

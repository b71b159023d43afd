package com.acme.onboarding.curnamesfromparameters;

import java.util.regex.Pattern;

/**
 * The props of {@link CurNamesFromParameters}, one for each parameter of blueprint {@code
 * cur-names-from-parameters}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class CurNamesFromParametersProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern REPORT_BUCKET_PATTERN = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
  private static final Pattern REPORT_PREFIX_PATTERN = Pattern.compile("^[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*$");
  private static final Pattern REPORT_NAME_PATTERN = Pattern.compile("^[0-9A-Za-z!_.*'()-]{1,256}$");

  private final String externalId;
  private final String reportBucket;
  private final String reportPrefix;
  private final String reportName;

  private CurNamesFromParametersProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.reportBucket = required(builder.reportBucket, "reportBucket");
    this.reportPrefix = builder.reportPrefix != null ? builder.reportPrefix : "billing";
    this.reportName = required(builder.reportName, "reportName");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("reportBucket", reportBucket, REPORT_BUCKET_PATTERN, null, false);
    checkPattern("reportPrefix", reportPrefix, REPORT_PREFIX_PATTERN, "Must be letters, digits and ! - _ . * ' ( ) /, without a leading or trailing slash.", false);
    checkPattern("reportName", reportName, REPORT_NAME_PATTERN, "Must be letters, digits and ! - _ . * ' ( ), at most 256.", false);
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
   * Name of the bucket the stack creates for the report.
   *
   * <p>Template parameter {@code ReportBucket}. Required: no default. Must match
   * <code>^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$</code>.
   */
  public String getReportBucket() {
    return reportBucket;
  }

  /**
   * Key prefix the report is delivered under in the bucket, without a leading or trailing slash.
   *
   * <p>Template parameter {@code ReportPrefix}. Default: <code>billing</code>. Must match
   * <code>^[0-9A-Za-z!_.*'()-]+(/[0-9A-Za-z!_.*'()-]+)*$</code>. Must be letters, digits and ! - _
   * . * ' ( ) /, without a leading or trailing slash.
   */
  public String getReportPrefix() {
    return reportPrefix;
  }

  /**
   * Name of the report (or export) the stack creates; unique in the account.
   *
   * <p>Template parameter {@code ReportName}. Required: no default. Must match
   * <code>^[0-9A-Za-z!_.*'()-]{1,256}$</code>. Must be letters, digits and ! - _ . * ' ( ), at most
   * 256.
   */
  public String getReportName() {
    return reportName;
  }

  /** Builds {@link CurNamesFromParametersProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String reportBucket;
    private String reportPrefix;
    private String reportName;

    private Builder() {}

    /** Sets {@link CurNamesFromParametersProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link CurNamesFromParametersProps#getReportBucket()}. */
    public Builder reportBucket(String reportBucket) {
      this.reportBucket = reportBucket;
      return this;
    }

    /** Sets {@link CurNamesFromParametersProps#getReportPrefix()}. */
    public Builder reportPrefix(String reportPrefix) {
      this.reportPrefix = reportPrefix;
      return this;
    }

    /** Sets {@link CurNamesFromParametersProps#getReportName()}. */
    public Builder reportName(String reportName) {
      this.reportName = reportName;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public CurNamesFromParametersProps build() {
      return new CurNamesFromParametersProps(this);
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

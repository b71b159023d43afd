package com.spendwise.onboarding.cost;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link VendorFinopsCurOnExistingRole}, one for each parameter of blueprint {@code
 * vendor-finops-cur-on-existing-role}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorFinopsCurOnExistingRoleProps {
  private static final Pattern INTEGRATION_ROLE_NAME_PATTERN = Pattern.compile("[\\w+=,.@-]{1,64}");

  private final String integrationRoleName;
  private final String createReport;
  private final String reportBucketName;
  private final String reportPrefix;
  private final String reportName;

  private VendorFinopsCurOnExistingRoleProps(Builder builder) {
    this.integrationRoleName = builder.integrationRoleName != null ? builder.integrationRoleName : "SpendwiseIntegrationRole";
    this.createReport = builder.createReport != null ? builder.createReport : "Yes";
    this.reportBucketName = required(builder.reportBucketName, "reportBucketName");
    this.reportPrefix = builder.reportPrefix != null ? builder.reportPrefix : "spendwise";
    this.reportName = builder.reportName != null ? builder.reportName : "spendwise-cur";
    checkPattern("integrationRoleName", integrationRoleName, INTEGRATION_ROLE_NAME_PATTERN, null, false);
    checkAllowed("createReport", createReport, List.of("Yes", "No"), null, false);
    checkLength("reportBucketName", reportBucketName, 1, Integer.MAX_VALUE, null, false);
    checkLength("reportPrefix", reportPrefix, 1, Integer.MAX_VALUE, null, false);
    checkLength("reportName", reportName, 1, Integer.MAX_VALUE, null, false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Name of the role your Spendwise integration stack created.
   *
   * <p>Template parameter {@code IntegrationRoleName}. Default:
   * <code>SpendwiseIntegrationRole</code>. Must match <code>[\w+=,.&#64;-]{1,64}</code>.
   */
  public String getIntegrationRoleName() {
    return integrationRoleName;
  }

  /**
   * Yes creates a report and its bucket; No reads the report you already have.
   *
   * <p>Template parameter {@code CreateReport}. Default: <code>Yes</code>. Allowed values:
   * <code>Yes, No</code>.
   */
  public String getCreateReport() {
    return createReport;
  }

  /**
   * Template parameter {@code ReportBucketName}. Required: no default. Length: 1 or more
   * characters.
   */
  public String getReportBucketName() {
    return reportBucketName;
  }

  /**
   * Template parameter {@code ReportPrefix}. Default: <code>spendwise</code>. Length: 1 or more
   * characters.
   */
  public String getReportPrefix() {
    return reportPrefix;
  }

  /**
   * Template parameter {@code ReportName}. Default: <code>spendwise-cur</code>. Length: 1 or more
   * characters.
   */
  public String getReportName() {
    return reportName;
  }

  /** Builds {@link VendorFinopsCurOnExistingRoleProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String integrationRoleName;
    private String createReport;
    private String reportBucketName;
    private String reportPrefix;
    private String reportName;

    private Builder() {}

    /** Sets {@link VendorFinopsCurOnExistingRoleProps#getIntegrationRoleName()}. */
    public Builder integrationRoleName(String integrationRoleName) {
      this.integrationRoleName = integrationRoleName;
      return this;
    }

    /** Sets {@link VendorFinopsCurOnExistingRoleProps#getCreateReport()}. */
    public Builder createReport(String createReport) {
      this.createReport = createReport;
      return this;
    }

    /** Sets {@link VendorFinopsCurOnExistingRoleProps#getReportBucketName()}. */
    public Builder reportBucketName(String reportBucketName) {
      this.reportBucketName = reportBucketName;
      return this;
    }

    /** Sets {@link VendorFinopsCurOnExistingRoleProps#getReportPrefix()}. */
    public Builder reportPrefix(String reportPrefix) {
      this.reportPrefix = reportPrefix;
      return this;
    }

    /** Sets {@link VendorFinopsCurOnExistingRoleProps#getReportName()}. */
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
    public VendorFinopsCurOnExistingRoleProps build() {
      return new VendorFinopsCurOnExistingRoleProps(this);
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

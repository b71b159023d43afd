package com.acme.onboarding.ssmtags;

import java.util.regex.Pattern;

/**
 * The props of {@link SsmParametersAndTags}, one for each parameter of blueprint {@code
 * ssm-parameters-and-tags}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class SsmParametersAndTagsProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern COST_CENTER_PATTERN = Pattern.compile("^[0-9]{4}$");

  private final String externalId;
  private final String teamTag;
  private final String costCenter;
  private final String allowedRegions;
  private final String auditRegions;
  private final String configParameter;

  private SsmParametersAndTagsProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.teamTag = builder.teamTag != null ? builder.teamTag : "/acme/team";
    this.costCenter = builder.costCenter != null ? builder.costCenter : "1234";
    this.allowedRegions = builder.allowedRegions != null ? builder.allowedRegions : "/acme/allowed-regions";
    this.auditRegions = builder.auditRegions != null ? builder.auditRegions : "/acme/audit-regions";
    this.configParameter = builder.configParameter != null ? builder.configParameter : "/acme/config";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("costCenter", costCenter, COST_CENTER_PATTERN, null, false);
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
   * Name of the Parameter Store parameter that holds the owning team.
   *
   * <p>Template parameter {@code TeamTag}. Default: <code>/acme/team</code>.
   */
  public String getTeamTag() {
    return teamTag;
  }

  /**
   * Template parameter {@code CostCenter}. Default: <code>1234</code>. Must match
   * <code>^[0-9]{4}$</code>.
   */
  public String getCostCenter() {
    return costCenter;
  }

  /**
   * Name of the Parameter Store parameter that lists the regions the reader may use.
   *
   * <p>Template parameter {@code AllowedRegions}. Default: <code>/acme/allowed-regions</code>.
   */
  public String getAllowedRegions() {
    return allowedRegions;
  }

  /**
   * Template parameter {@code AuditRegions}. Default: <code>/acme/audit-regions</code>.
   */
  public String getAuditRegions() {
    return auditRegions;
  }

  /**
   * Template parameter {@code ConfigParameter}. Default: <code>/acme/config</code>.
   */
  public String getConfigParameter() {
    return configParameter;
  }

  /** Builds {@link SsmParametersAndTagsProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String teamTag;
    private String costCenter;
    private String allowedRegions;
    private String auditRegions;
    private String configParameter;

    private Builder() {}

    /** Sets {@link SsmParametersAndTagsProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link SsmParametersAndTagsProps#getTeamTag()}. */
    public Builder teamTag(String teamTag) {
      this.teamTag = teamTag;
      return this;
    }

    /** Sets {@link SsmParametersAndTagsProps#getCostCenter()}. */
    public Builder costCenter(String costCenter) {
      this.costCenter = costCenter;
      return this;
    }

    /** Sets {@link SsmParametersAndTagsProps#getAllowedRegions()}. */
    public Builder allowedRegions(String allowedRegions) {
      this.allowedRegions = allowedRegions;
      return this;
    }

    /** Sets {@link SsmParametersAndTagsProps#getAuditRegions()}. */
    public Builder auditRegions(String auditRegions) {
      this.auditRegions = auditRegions;
      return this;
    }

    /** Sets {@link SsmParametersAndTagsProps#getConfigParameter()}. */
    public Builder configParameter(String configParameter) {
      this.configParameter = configParameter;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public SsmParametersAndTagsProps build() {
      return new SsmParametersAndTagsProps(this);
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

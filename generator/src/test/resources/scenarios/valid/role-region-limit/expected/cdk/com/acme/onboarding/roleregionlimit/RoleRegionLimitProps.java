package com.acme.onboarding.roleregionlimit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link RoleRegionLimit}, one for each parameter of blueprint {@code
 * role-region-limit}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class RoleRegionLimitProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");

  private final String externalId;
  private final List<String> regions;
  private final List<String> auditRegions;

  private RoleRegionLimitProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.regions = builder.regions != null ? builder.regions : List.of();
    this.auditRegions = builder.auditRegions != null ? builder.auditRegions : List.of();
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
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
   * Regions the vendor may read, comma separated. Empty for all regions.
   *
   * <p>Template parameter {@code Regions}. Default: <code>""</code>.
   */
  public List<String> getRegions() {
    return regions;
  }

  /**
   * Regions the vendor's role may act in, comma separated, such as eu-west-1,us-east-1. Leave empty
   * for every region. Global services (IAM, Organizations, billing) stay usable.
   *
   * <p>Template parameter {@code AuditRegions}. Default: <code>""</code>.
   */
  public List<String> getAuditRegions() {
    return auditRegions;
  }

  /** Builds {@link RoleRegionLimitProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private List<String> regions;
    private List<String> auditRegions;

    private Builder() {}

    /** Sets {@link RoleRegionLimitProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link RoleRegionLimitProps#getRegions()}. */
    public Builder regions(List<String> regions) {
      this.regions = regions == null ? null : List.copyOf(regions);
      return this;
    }

    /** Sets {@link RoleRegionLimitProps#getAuditRegions()}. */
    public Builder auditRegions(List<String> auditRegions) {
      this.auditRegions = auditRegions == null ? null : List.copyOf(auditRegions);
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public RoleRegionLimitProps build() {
      return new RoleRegionLimitProps(this);
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

package com.sentinela.onboarding.member;

import java.util.regex.Pattern;

/**
 * The props of {@link VendorCspmMemberFixedRole}, one for each parameter of blueprint {@code
 * vendor-cspm-member-fixed-role}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorCspmMemberFixedRoleProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern RESOURCE_NAME_PREFIX_PATTERN = Pattern.compile("^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$");

  private final String externalId;
  private final String resourceNamePrefix;

  private VendorCspmMemberFixedRoleProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.resourceNamePrefix = builder.resourceNamePrefix != null ? builder.resourceNamePrefix : "sentinela";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("resourceNamePrefix", resourceNamePrefix, RESOURCE_NAME_PREFIX_PATTERN, "letters, digits and single hyphens", false);
    checkLength("resourceNamePrefix", resourceNamePrefix, 1, 45, "letters, digits and single hyphens", false);
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
   * Names of the resources of this stack start with this value.
   *
   * <p>Template parameter {@code ResourceNamePrefix}. Default: <code>sentinela</code>. Must match
   * <code>^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$</code>. Length: 1 to 45 characters. letters, digits and
   * single hyphens
   */
  public String getResourceNamePrefix() {
    return resourceNamePrefix;
  }

  /** Builds {@link VendorCspmMemberFixedRoleProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String resourceNamePrefix;

    private Builder() {}

    /** Sets {@link VendorCspmMemberFixedRoleProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorCspmMemberFixedRoleProps#getResourceNamePrefix()}. */
    public Builder resourceNamePrefix(String resourceNamePrefix) {
      this.resourceNamePrefix = resourceNamePrefix;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorCspmMemberFixedRoleProps build() {
      return new VendorCspmMemberFixedRoleProps(this);
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

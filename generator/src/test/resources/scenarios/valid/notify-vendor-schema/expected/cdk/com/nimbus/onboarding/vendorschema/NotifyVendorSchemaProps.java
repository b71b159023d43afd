package com.nimbus.onboarding.vendorschema;

import java.util.regex.Pattern;

/**
 * The props of {@link NotifyVendorSchema}, one for each parameter of blueprint {@code
 * notify-vendor-schema}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class NotifyVendorSchemaProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern TENANT_NAME_PATTERN = Pattern.compile("^[a-z0-9-]{1,40}$");
  private static final Pattern REGISTRATION_REGION_PATTERN = Pattern.compile("^$|^[a-z]{2}(-gov)?-[a-z]+-\\d$");

  private final String externalId;
  private final String tenantName;
  private final String apiToken;
  private final String registrationRegion;

  private NotifyVendorSchemaProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.tenantName = builder.tenantName != null ? builder.tenantName : "default";
    this.apiToken = required(builder.apiToken, "apiToken");
    this.registrationRegion = builder.registrationRegion != null ? builder.registrationRegion : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("tenantName", tenantName, TENANT_NAME_PATTERN, "Must be 1 to 40 lower-case letters, digits and hyphens.", false);
    checkLength("apiToken", apiToken, 20, 128, null, true);
    checkPattern("registrationRegion", registrationRegion, REGISTRATION_REGION_PATTERN, "Must be empty or a region code such as us-east-1.", false);
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
   * Your Nimbus tenant, as shown in the Nimbus console.
   *
   * <p>Template parameter {@code TenantName}. Default: <code>default</code>. Must match
   * <code>^[a-z0-9-]{1,40}$</code>. Must be 1 to 40 lower-case letters, digits and hyphens.
   */
  public String getTenantName() {
    return tenantName;
  }

  /**
   * API token from the Nimbus console; sent to Nimbus once to register this account.
   *
   * <p>Template parameter {@code ApiToken}. Required: no default. Length: 20 to 128 characters.
   */
  public String getApiToken() {
    return apiToken;
  }

  /**
   * Region whose stack registers this account with the vendor; leave empty (a StackSet fills it in
   * so an account that gets a stack in several regions is registered once).
   *
   * <p>Template parameter {@code RegistrationRegion}. Default: <code>""</code>. Must match
   * <code>^$|^[a-z]{2}(-gov)?-[a-z]+-\d$</code>. Must be empty or a region code such as us-east-1.
   */
  public String getRegistrationRegion() {
    return registrationRegion;
  }

  /** Builds {@link NotifyVendorSchemaProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String tenantName;
    private String apiToken;
    private String registrationRegion;

    private Builder() {}

    /** Sets {@link NotifyVendorSchemaProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link NotifyVendorSchemaProps#getTenantName()}. */
    public Builder tenantName(String tenantName) {
      this.tenantName = tenantName;
      return this;
    }

    /** Sets {@link NotifyVendorSchemaProps#getApiToken()}. */
    public Builder apiToken(String apiToken) {
      this.apiToken = apiToken;
      return this;
    }

    /** Sets {@link NotifyVendorSchemaProps#getRegistrationRegion()}. */
    public Builder registrationRegion(String registrationRegion) {
      this.registrationRegion = registrationRegion;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public NotifyVendorSchemaProps build() {
      return new NotifyVendorSchemaProps(this);
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

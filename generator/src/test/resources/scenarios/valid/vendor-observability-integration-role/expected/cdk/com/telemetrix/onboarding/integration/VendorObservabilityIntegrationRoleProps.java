package com.telemetrix.onboarding.integration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link VendorObservabilityIntegrationRole}, one for each parameter of blueprint {@code
 * vendor-observability-integration-role}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorObservabilityIntegrationRoleProps {
  private static final Pattern TELEMETRIX_ACCOUNT_ID_PATTERN = Pattern.compile("^\\d{12}$");
  private static final Pattern INTEGRATION_ROLE_NAME_PATTERN = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern TELEMETRIX_API_KEY_PATTERN = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern REGISTRATION_REGION_PATTERN = Pattern.compile("^$|^[a-z]{2}(-gov)?-[a-z]+-\\d$");

  private final String telemetrixAccountId;
  private final String integrationRoleName;
  private final String telemetrixSite;
  private final String telemetrixApiKey;
  private final Boolean securityPosture;
  private final String registrationRegion;

  private VendorObservabilityIntegrationRoleProps(Builder builder) {
    this.telemetrixAccountId = builder.telemetrixAccountId != null ? builder.telemetrixAccountId : "111122223333";
    this.integrationRoleName = builder.integrationRoleName != null ? builder.integrationRoleName : "TelemetrixIntegrationRole";
    this.telemetrixSite = builder.telemetrixSite != null ? builder.telemetrixSite : "app.telemetrix.example";
    this.telemetrixApiKey = required(builder.telemetrixApiKey, "telemetrixApiKey");
    this.securityPosture = builder.securityPosture != null ? builder.securityPosture : false;
    this.registrationRegion = builder.registrationRegion != null ? builder.registrationRegion : "";
    checkPattern("telemetrixAccountId", telemetrixAccountId, TELEMETRIX_ACCOUNT_ID_PATTERN, null, false);
    checkPattern("integrationRoleName", integrationRoleName, INTEGRATION_ROLE_NAME_PATTERN, null, false);
    checkAllowed("telemetrixSite", telemetrixSite, List.of("app.telemetrix.example", "eu.telemetrix.example"), null, false);
    checkPattern("telemetrixApiKey", telemetrixApiKey, TELEMETRIX_API_KEY_PATTERN, null, true);
    checkPattern("registrationRegion", registrationRegion, REGISTRATION_REGION_PATTERN, "Must be empty or a region code such as us-east-1.", false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Template parameter {@code TelemetrixAccountId}. Default: <code>111122223333</code>. Must match
   * <code>^\d{12}$</code>.
   */
  public String getTelemetrixAccountId() {
    return telemetrixAccountId;
  }

  /**
   * Name of the role Telemetrix assumes; enter the same name in Telemetrix.
   *
   * <p>Template parameter {@code IntegrationRoleName}. Default:
   * <code>TelemetrixIntegrationRole</code>. Must match <code>[\w+=,.&#64;-]{1,64}</code>.
   */
  public String getIntegrationRoleName() {
    return integrationRoleName;
  }

  /**
   * Template parameter {@code TelemetrixSite}. Default: <code>app.telemetrix.example</code>.
   * Allowed values: <code>app.telemetrix.example, eu.telemetrix.example</code>.
   */
  public String getTelemetrixSite() {
    return telemetrixSite;
  }

  /**
   * Template parameter {@code TelemetrixApiKey}. Required: no default. Must match
   * <code>[0-9a-f]{32}</code>.
   */
  public String getTelemetrixApiKey() {
    return telemetrixApiKey;
  }

  /**
   * Template parameter {@code SecurityPosture}. Default: <code>false</code>.
   */
  public Boolean getSecurityPosture() {
    return securityPosture;
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

  /** Builds {@link VendorObservabilityIntegrationRoleProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String telemetrixAccountId;
    private String integrationRoleName;
    private String telemetrixSite;
    private String telemetrixApiKey;
    private Boolean securityPosture;
    private String registrationRegion;

    private Builder() {}

    /** Sets {@link VendorObservabilityIntegrationRoleProps#getTelemetrixAccountId()}. */
    public Builder telemetrixAccountId(String telemetrixAccountId) {
      this.telemetrixAccountId = telemetrixAccountId;
      return this;
    }

    /** Sets {@link VendorObservabilityIntegrationRoleProps#getIntegrationRoleName()}. */
    public Builder integrationRoleName(String integrationRoleName) {
      this.integrationRoleName = integrationRoleName;
      return this;
    }

    /** Sets {@link VendorObservabilityIntegrationRoleProps#getTelemetrixSite()}. */
    public Builder telemetrixSite(String telemetrixSite) {
      this.telemetrixSite = telemetrixSite;
      return this;
    }

    /** Sets {@link VendorObservabilityIntegrationRoleProps#getTelemetrixApiKey()}. */
    public Builder telemetrixApiKey(String telemetrixApiKey) {
      this.telemetrixApiKey = telemetrixApiKey;
      return this;
    }

    /** Sets {@link VendorObservabilityIntegrationRoleProps#getSecurityPosture()}. */
    public Builder securityPosture(Boolean securityPosture) {
      this.securityPosture = securityPosture;
      return this;
    }

    /** Sets {@link VendorObservabilityIntegrationRoleProps#getRegistrationRegion()}. */
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
    public VendorObservabilityIntegrationRoleProps build() {
      return new VendorObservabilityIntegrationRoleProps(this);
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

  /** The message of a broken constraint: the template's description of it, else {@code rule}. */
  private static String problem(
      String name, String value, boolean secret, String constraint, String rule) {
    return name
        + (secret ? "" : " '" + value + "'")
        + ": "
        + (constraint != null ? constraint : rule);
  }
}

package com.scanbridge.onboarding.agentless;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link VendorAgentlessScannerDelegate}, one for each parameter of blueprint {@code
 * vendor-agentless-scanner-delegate}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorAgentlessScannerDelegateProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern SCANNER_ACCOUNT_ID_PATTERN = Pattern.compile("^\\d{12}$");
  private static final Pattern SCANBRIDGE_API_KEY_PATTERN = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern REGISTRATION_REGION_PATTERN = Pattern.compile("^$|^[a-z]{2}(-gov)?-[a-z]+-\\d$");

  private final String externalId;
  private final String scannerAccountId;
  private final String delegateRoleName;
  private final String scanbridgeApiKey;
  private final Boolean sensitiveDataScanning;
  private final String extendIntegrationRole;
  private final String integrationRoleName;
  private final String registrationRegion;

  private VendorAgentlessScannerDelegateProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.scannerAccountId = builder.scannerAccountId != null ? builder.scannerAccountId : "111122223333";
    this.delegateRoleName = builder.delegateRoleName != null ? builder.delegateRoleName : "ScanbridgeDelegateRole";
    this.scanbridgeApiKey = required(builder.scanbridgeApiKey, "scanbridgeApiKey");
    this.sensitiveDataScanning = builder.sensitiveDataScanning != null ? builder.sensitiveDataScanning : false;
    this.extendIntegrationRole = builder.extendIntegrationRole != null ? builder.extendIntegrationRole : "No";
    this.integrationRoleName = builder.integrationRoleName != null ? builder.integrationRoleName : "ScanbridgeIntegrationRole";
    this.registrationRegion = builder.registrationRegion != null ? builder.registrationRegion : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("scannerAccountId", scannerAccountId, SCANNER_ACCOUNT_ID_PATTERN, null, false);
    checkLength("delegateRoleName", delegateRoleName, 0, 64, null, false);
    checkPattern("scanbridgeApiKey", scanbridgeApiKey, SCANBRIDGE_API_KEY_PATTERN, null, true);
    checkAllowed("extendIntegrationRole", extendIntegrationRole, List.of("Yes", "No"), null, false);
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
   * The account where the scanner instances run (yours or Scanbridge's).
   *
   * <p>Template parameter {@code ScannerAccountId}. Default: <code>111122223333</code>. Must match
   * <code>^\d{12}$</code>.
   */
  public String getScannerAccountId() {
    return scannerAccountId;
  }

  /**
   * Template parameter {@code DelegateRoleName}. Default: <code>ScanbridgeDelegateRole</code>.
   * Length: 0 to 64 characters.
   */
  public String getDelegateRoleName() {
    return delegateRoleName;
  }

  /**
   * Template parameter {@code ScanbridgeApiKey}. Required: no default. Must match
   * <code>[0-9a-f]{32}</code>.
   */
  public String getScanbridgeApiKey() {
    return scanbridgeApiKey;
  }

  /**
   * Template parameter {@code SensitiveDataScanning}. Default: <code>false</code>.
   */
  public Boolean getSensitiveDataScanning() {
    return sensitiveDataScanning;
  }

  /**
   * Template parameter {@code ExtendIntegrationRole}. Default: <code>No</code>. Allowed values:
   * <code>Yes, No</code>.
   */
  public String getExtendIntegrationRole() {
    return extendIntegrationRole;
  }

  /**
   * Template parameter {@code IntegrationRoleName}. Default:
   * <code>ScanbridgeIntegrationRole</code>.
   */
  public String getIntegrationRoleName() {
    return integrationRoleName;
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

  /** Builds {@link VendorAgentlessScannerDelegateProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String scannerAccountId;
    private String delegateRoleName;
    private String scanbridgeApiKey;
    private Boolean sensitiveDataScanning;
    private String extendIntegrationRole;
    private String integrationRoleName;
    private String registrationRegion;

    private Builder() {}

    /** Sets {@link VendorAgentlessScannerDelegateProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getScannerAccountId()}. */
    public Builder scannerAccountId(String scannerAccountId) {
      this.scannerAccountId = scannerAccountId;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getDelegateRoleName()}. */
    public Builder delegateRoleName(String delegateRoleName) {
      this.delegateRoleName = delegateRoleName;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getScanbridgeApiKey()}. */
    public Builder scanbridgeApiKey(String scanbridgeApiKey) {
      this.scanbridgeApiKey = scanbridgeApiKey;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getSensitiveDataScanning()}. */
    public Builder sensitiveDataScanning(Boolean sensitiveDataScanning) {
      this.sensitiveDataScanning = sensitiveDataScanning;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getExtendIntegrationRole()}. */
    public Builder extendIntegrationRole(String extendIntegrationRole) {
      this.extendIntegrationRole = extendIntegrationRole;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getIntegrationRoleName()}. */
    public Builder integrationRoleName(String integrationRoleName) {
      this.integrationRoleName = integrationRoleName;
      return this;
    }

    /** Sets {@link VendorAgentlessScannerDelegateProps#getRegistrationRegion()}. */
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
    public VendorAgentlessScannerDelegateProps build() {
      return new VendorAgentlessScannerDelegateProps(this);
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

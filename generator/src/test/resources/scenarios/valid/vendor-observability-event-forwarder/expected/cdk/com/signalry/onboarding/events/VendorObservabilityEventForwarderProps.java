package com.signalry.onboarding.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link VendorObservabilityEventForwarder}, one for each parameter of blueprint {@code
 * vendor-observability-event-forwarder}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorObservabilityEventForwarderProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern SIGNALRY_ROLE_ARN_PATTERN = Pattern.compile("^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::\\d{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$");
  private static final Pattern INGESTION_URL_PATTERN = Pattern.compile("^https://[a-z0-9.-]+\\.signalry\\.example/.*$");
  private static final Pattern ORGANIZATIONAL_UNIT_IDS_PATTERN = Pattern.compile("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$");
  private static final Pattern EXCLUDED_ACCOUNT_IDS_PATTERN = Pattern.compile("^(\\d{12})?$");

  private final String externalId;
  private final String signalryRoleArn;
  private final String ingestionUrl;
  private final String ingestionApiKey;
  private final Number rateLimit;
  private final String ruleState;
  private final String organizational;
  private final List<String> organizationalUnitIds;
  private final List<String> excludedAccountIds;

  private VendorObservabilityEventForwarderProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.signalryRoleArn = required(builder.signalryRoleArn, "signalryRoleArn");
    this.ingestionUrl = required(builder.ingestionUrl, "ingestionUrl");
    this.ingestionApiKey = required(builder.ingestionApiKey, "ingestionApiKey");
    this.rateLimit = builder.rateLimit != null ? builder.rateLimit : 300;
    this.ruleState = builder.ruleState != null ? builder.ruleState : "ENABLED";
    this.organizational = builder.organizational != null ? builder.organizational : "No";
    this.organizationalUnitIds = required(builder.organizationalUnitIds, "organizationalUnitIds");
    this.excludedAccountIds = builder.excludedAccountIds != null ? builder.excludedAccountIds : List.of();
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("signalryRoleArn", signalryRoleArn, SIGNALRY_ROLE_ARN_PATTERN, "Must be the ARN of an IAM role: arn:<partition>:iam::<12-digit account>:role/<name>.", false);
    checkPattern("ingestionUrl", ingestionUrl, INGESTION_URL_PATTERN, null, false);
    checkLength("ingestionApiKey", ingestionApiKey, 20, Integer.MAX_VALUE, null, true);
    checkAllowed("ruleState", ruleState, List.of("ENABLED", "DISABLED"), null, false);
    checkAllowed("organizational", organizational, List.of("Yes", "No"), null, false);
    organizationalUnitIds.forEach(element -> checkPattern("organizationalUnitIds", element, ORGANIZATIONAL_UNIT_IDS_PATTERN, "Each must be an OU id (ou-ab12-cd34ef56) or a root id (r-ab12).", false));
    excludedAccountIds.forEach(element -> checkPattern("excludedAccountIds", element, EXCLUDED_ACCOUNT_IDS_PATTERN, "Each must be a 12-digit AWS account id.", false));
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
   * The ARN of the vendor's IAM role that may assume this stack's roles. Provided by the vendor.
   *
   * <p>Template parameter {@code SignalryRoleArn}. Required: no default. Must match
   * <code>^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::\d{12}:role/([\w+=,.&#64;-]+/)*[\w+=,.&#64;-]{1,64}$</code>.
   * Must be the ARN of an IAM role: arn:&lt;partition&gt;:iam::&lt;12-digit
   * account&gt;:role/&lt;name&gt;.
   */
  public String getSignalryRoleArn() {
    return signalryRoleArn;
  }

  /**
   * Template parameter {@code IngestionUrl}. Required: no default. Must match
   * <code>^https://[a-z0-9.-]+\.signalry\.example/.*$</code>.
   */
  public String getIngestionUrl() {
    return ingestionUrl;
  }

  /**
   * Template parameter {@code IngestionApiKey}. Required: no default. Length: 20 or more
   * characters.
   */
  public String getIngestionApiKey() {
    return ingestionApiKey;
  }

  /**
   * Template parameter {@code RateLimit}. Default: <code>300</code>.
   */
  public Number getRateLimit() {
    return rateLimit;
  }

  /**
   * Template parameter {@code RuleState}. Default: <code>ENABLED</code>. Allowed values:
   * <code>ENABLED, DISABLED</code>.
   */
  public String getRuleState() {
    return ruleState;
  }

  /**
   * Template parameter {@code Organizational}. Default: <code>No</code>. Allowed values: <code>Yes,
   * No</code>.
   */
  public String getOrganizational() {
    return organizational;
  }

  /**
   * Ids of the OUs (ou-...) or the root (r-...) whose accounts get the member stack, comma
   * separated. Accounts that join them later get it too.
   *
   * <p>Template parameter {@code OrganizationalUnitIds}. Required: no default. Each must match
   * <code>^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$</code>. Each must be an OU id
   * (ou-ab12-cd34ef56) or a root id (r-ab12).
   */
  public List<String> getOrganizationalUnitIds() {
    return organizationalUnitIds;
  }

  /**
   * Accounts of those OUs that must not get the member stack, comma separated. Leave empty for
   * none.
   *
   * <p>Template parameter {@code ExcludedAccountIds}. Default: <code>""</code>. Each must match
   * <code>^(\d{12})?$</code>. Each must be a 12-digit AWS account id.
   */
  public List<String> getExcludedAccountIds() {
    return excludedAccountIds;
  }

  /** Builds {@link VendorObservabilityEventForwarderProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String signalryRoleArn;
    private String ingestionUrl;
    private String ingestionApiKey;
    private Number rateLimit;
    private String ruleState;
    private String organizational;
    private List<String> organizationalUnitIds;
    private List<String> excludedAccountIds;

    private Builder() {}

    /** Sets {@link VendorObservabilityEventForwarderProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getSignalryRoleArn()}. */
    public Builder signalryRoleArn(String signalryRoleArn) {
      this.signalryRoleArn = signalryRoleArn;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getIngestionUrl()}. */
    public Builder ingestionUrl(String ingestionUrl) {
      this.ingestionUrl = ingestionUrl;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getIngestionApiKey()}. */
    public Builder ingestionApiKey(String ingestionApiKey) {
      this.ingestionApiKey = ingestionApiKey;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getRateLimit()}. */
    public Builder rateLimit(Number rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getRuleState()}. */
    public Builder ruleState(String ruleState) {
      this.ruleState = ruleState;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getOrganizational()}. */
    public Builder organizational(String organizational) {
      this.organizational = organizational;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getOrganizationalUnitIds()}. */
    public Builder organizationalUnitIds(List<String> organizationalUnitIds) {
      this.organizationalUnitIds = organizationalUnitIds == null ? null : List.copyOf(organizationalUnitIds);
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderProps#getExcludedAccountIds()}. */
    public Builder excludedAccountIds(List<String> excludedAccountIds) {
      this.excludedAccountIds = excludedAccountIds == null ? null : List.copyOf(excludedAccountIds);
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorObservabilityEventForwarderProps build() {
      return new VendorObservabilityEventForwarderProps(this);
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

package com.signalry.onboarding.eventsmember;

import java.util.regex.Pattern;

/**
 * The props of {@link VendorObservabilityEventForwarderMember}, one for each parameter of blueprint {@code
 * vendor-observability-event-forwarder-member}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorObservabilityEventForwarderMemberProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern SIGNALRY_ROLE_ARN_PATTERN = Pattern.compile("^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::\\d{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$");
  private static final Pattern INGESTION_URL_PATTERN = Pattern.compile("^https://[a-z0-9.-]+\\.signalry\\.example/.*$");

  private final String externalId;
  private final String signalryRoleArn;
  private final String ingestionUrl;
  private final String ingestionApiKey;

  private VendorObservabilityEventForwarderMemberProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.signalryRoleArn = required(builder.signalryRoleArn, "signalryRoleArn");
    this.ingestionUrl = required(builder.ingestionUrl, "ingestionUrl");
    this.ingestionApiKey = required(builder.ingestionApiKey, "ingestionApiKey");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("signalryRoleArn", signalryRoleArn, SIGNALRY_ROLE_ARN_PATTERN, "Must be the ARN of an IAM role: arn:<partition>:iam::<12-digit account>:role/<name>.", false);
    checkPattern("ingestionUrl", ingestionUrl, INGESTION_URL_PATTERN, null, false);
    checkLength("ingestionApiKey", ingestionApiKey, 20, Integer.MAX_VALUE, null, true);
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

  /** Builds {@link VendorObservabilityEventForwarderMemberProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String signalryRoleArn;
    private String ingestionUrl;
    private String ingestionApiKey;

    private Builder() {}

    /** Sets {@link VendorObservabilityEventForwarderMemberProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderMemberProps#getSignalryRoleArn()}. */
    public Builder signalryRoleArn(String signalryRoleArn) {
      this.signalryRoleArn = signalryRoleArn;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderMemberProps#getIngestionUrl()}. */
    public Builder ingestionUrl(String ingestionUrl) {
      this.ingestionUrl = ingestionUrl;
      return this;
    }

    /** Sets {@link VendorObservabilityEventForwarderMemberProps#getIngestionApiKey()}. */
    public Builder ingestionApiKey(String ingestionApiKey) {
      this.ingestionApiKey = ingestionApiKey;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorObservabilityEventForwarderMemberProps build() {
      return new VendorObservabilityEventForwarderMemberProps(this);
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

package com.acme.onboarding.existingrolepolicies;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link ExistingRolePolicies}, one for each parameter of blueprint {@code
 * existing-role-policies}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class ExistingRolePoliciesProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern EXISTING_ROLE_NAME_PATTERN = Pattern.compile("^[\\w+=,.@-]{1,64}$");

  private final String externalId;
  private final String existingRoleName;
  private final List<String> connectorBuckets;

  private ExistingRolePoliciesProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.existingRoleName = required(builder.existingRoleName, "existingRoleName");
    this.connectorBuckets = builder.connectorBuckets != null ? builder.connectorBuckets : List.of();
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("existingRoleName", existingRoleName, EXISTING_ROLE_NAME_PATTERN, null, false);
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
   * Name of the IAM role you already use for the connector; the stack adds the vendor's policies to
   * it.
   *
   * <p>Template parameter {@code ExistingRoleName}. Required: no default. Must match
   * <code>^[\w+=,.&#64;-]{1,64}$</code>.
   */
  public String getExistingRoleName() {
    return existingRoleName;
  }

  /**
   * Names of your existing S3 buckets that ConnectorRole may read (objects, listing and location;
   * nothing else), comma separated, such as acme-logs,acme-exports. Leave empty for none.
   *
   * <p>Template parameter {@code ConnectorBuckets}. Default: <code>""</code>.
   */
  public List<String> getConnectorBuckets() {
    return connectorBuckets;
  }

  /** Builds {@link ExistingRolePoliciesProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String existingRoleName;
    private List<String> connectorBuckets;

    private Builder() {}

    /** Sets {@link ExistingRolePoliciesProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link ExistingRolePoliciesProps#getExistingRoleName()}. */
    public Builder existingRoleName(String existingRoleName) {
      this.existingRoleName = existingRoleName;
      return this;
    }

    /** Sets {@link ExistingRolePoliciesProps#getConnectorBuckets()}. */
    public Builder connectorBuckets(List<String> connectorBuckets) {
      this.connectorBuckets = connectorBuckets == null ? null : List.copyOf(connectorBuckets);
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public ExistingRolePoliciesProps build() {
      return new ExistingRolePoliciesProps(this);
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

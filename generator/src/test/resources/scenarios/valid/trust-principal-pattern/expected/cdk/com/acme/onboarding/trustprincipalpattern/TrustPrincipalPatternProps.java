package com.acme.onboarding.trustprincipalpattern;

import java.util.regex.Pattern;

/**
 * The props of {@link TrustPrincipalPattern}, one for each parameter of blueprint {@code
 * trust-principal-pattern}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class TrustPrincipalPatternProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern VENDOR_ACCOUNT_ID_PATTERN = Pattern.compile("^[0-9]{12}$");

  private final String externalId;
  private final String vendorAccountId;

  private TrustPrincipalPatternProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.vendorAccountId = required(builder.vendorAccountId, "vendorAccountId");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("vendorAccountId", vendorAccountId, VENDOR_ACCOUNT_ID_PATTERN, "Must be the 12-digit account id from the Acme console.", false);
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
   * The Acme Scanner account of your region, from the Acme console.
   *
   * <p>Template parameter {@code VendorAccountId}. Required: no default. Must match
   * <code>^[0-9]{12}$</code>. Must be the 12-digit account id from the Acme console.
   */
  public String getVendorAccountId() {
    return vendorAccountId;
  }

  /** Builds {@link TrustPrincipalPatternProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String vendorAccountId;

    private Builder() {}

    /** Sets {@link TrustPrincipalPatternProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link TrustPrincipalPatternProps#getVendorAccountId()}. */
    public Builder vendorAccountId(String vendorAccountId) {
      this.vendorAccountId = vendorAccountId;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public TrustPrincipalPatternProps build() {
      return new TrustPrincipalPatternProps(this);
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

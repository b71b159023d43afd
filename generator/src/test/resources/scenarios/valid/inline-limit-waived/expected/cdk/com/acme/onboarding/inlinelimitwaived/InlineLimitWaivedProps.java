package com.acme.onboarding.inlinelimitwaived;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link InlineLimitWaived}, one for each parameter of blueprint {@code
 * inline-limit-waived}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class InlineLimitWaivedProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern ORGANIZATIONAL_UNIT_IDS_PATTERN = Pattern.compile("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$");

  private final String externalId;
  private final List<String> organizationalUnitIds;

  private InlineLimitWaivedProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.organizationalUnitIds = builder.organizationalUnitIds != null ? builder.organizationalUnitIds : List.of("r-ab12");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    organizationalUnitIds.forEach(element -> checkPattern("organizationalUnitIds", element, ORGANIZATIONAL_UNIT_IDS_PATTERN, "Each must be an OU id (ou-ab12-cd34ef56) or a root id (r-ab12).", false));
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
   * Ids of the OUs (ou-...) or the root (r-...) whose accounts get the member stack, comma
   * separated. Accounts that join them later get it too.
   *
   * <p>Template parameter {@code OrganizationalUnitIds}. Default: <code>r-ab12</code>. Each must
   * match <code>^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$</code>. Each must be an OU id
   * (ou-ab12-cd34ef56) or a root id (r-ab12).
   */
  public List<String> getOrganizationalUnitIds() {
    return organizationalUnitIds;
  }

  /** Builds {@link InlineLimitWaivedProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private List<String> organizationalUnitIds;

    private Builder() {}

    /** Sets {@link InlineLimitWaivedProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link InlineLimitWaivedProps#getOrganizationalUnitIds()}. */
    public Builder organizationalUnitIds(List<String> organizationalUnitIds) {
      this.organizationalUnitIds = organizationalUnitIds == null ? null : List.copyOf(organizationalUnitIds);
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public InlineLimitWaivedProps build() {
      return new InlineLimitWaivedProps(this);
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

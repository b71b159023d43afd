package com.acme.onboarding.switcheverythingconditional;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link SwitchEverythingConditional}, one for each parameter of blueprint {@code
 * switch-everything-conditional}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class SwitchEverythingConditionalProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");

  private final String externalId;
  private final String connect;

  private SwitchEverythingConditionalProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.connect = builder.connect != null ? builder.connect : "Yes";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkAllowed("connect", connect, List.of("Yes", "No"), null, false);
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
   * Connect this account to Acme now.
   *
   * <p>Template parameter {@code Connect}. Default: <code>Yes</code>. Allowed values: <code>Yes,
   * No</code>.
   */
  public String getConnect() {
    return connect;
  }

  /** Builds {@link SwitchEverythingConditionalProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String connect;

    private Builder() {}

    /** Sets {@link SwitchEverythingConditionalProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link SwitchEverythingConditionalProps#getConnect()}. */
    public Builder connect(String connect) {
      this.connect = connect;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public SwitchEverythingConditionalProps build() {
      return new SwitchEverythingConditionalProps(this);
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

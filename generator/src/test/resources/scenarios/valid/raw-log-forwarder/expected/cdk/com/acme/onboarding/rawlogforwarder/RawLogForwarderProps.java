package com.acme.onboarding.rawlogforwarder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link RawLogForwarder}, one for each parameter of blueprint {@code
 * raw-log-forwarder}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class RawLogForwarderProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");

  private final String externalId;
  private final String forwardLogs;
  private final String logGroupName;

  private RawLogForwarderProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.forwardLogs = builder.forwardLogs != null ? builder.forwardLogs : "Yes";
    this.logGroupName = builder.logGroupName != null ? builder.logGroupName : "/aws/lambda/orders";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkAllowed("forwardLogs", forwardLogs, List.of("Yes", "No"), null, false);
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
   * Forward a log group's events to Acme.
   *
   * <p>Template parameter {@code ForwardLogs}. Default: <code>Yes</code>. Allowed values:
   * <code>Yes, No</code>.
   */
  public String getForwardLogs() {
    return forwardLogs;
  }

  /**
   * The log group whose events are forwarded to Acme.
   *
   * <p>Template parameter {@code LogGroupName}. Default: <code>/aws/lambda/orders</code>.
   */
  public String getLogGroupName() {
    return logGroupName;
  }

  /** Builds {@link RawLogForwarderProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String forwardLogs;
    private String logGroupName;

    private Builder() {}

    /** Sets {@link RawLogForwarderProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link RawLogForwarderProps#getForwardLogs()}. */
    public Builder forwardLogs(String forwardLogs) {
      this.forwardLogs = forwardLogs;
      return this;
    }

    /** Sets {@link RawLogForwarderProps#getLogGroupName()}. */
    public Builder logGroupName(String logGroupName) {
      this.logGroupName = logGroupName;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public RawLogForwarderProps build() {
      return new RawLogForwarderProps(this);
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

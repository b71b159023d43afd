package com.postura.onboarding.organizationmember;

import java.util.regex.Pattern;

/**
 * The props of {@link CombinedSecurityPostureOrgMember}, one for each parameter of blueprint {@code
 * combined-security-posture-org-member}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class CombinedSecurityPostureOrgMemberProps {
  private static final Pattern MANAGEMENT_ACCOUNT_ID_PATTERN = Pattern.compile("^\\d{12}$");

  private final String managementAccountId;

  private CombinedSecurityPostureOrgMemberProps(Builder builder) {
    this.managementAccountId = required(builder.managementAccountId, "managementAccountId");
    checkPattern("managementAccountId", managementAccountId, MANAGEMENT_ACCOUNT_ID_PATTERN, null, false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Template parameter {@code ManagementAccountId}. Required: no default. Must match
   * <code>^\d{12}$</code>.
   */
  public String getManagementAccountId() {
    return managementAccountId;
  }

  /** Builds {@link CombinedSecurityPostureOrgMemberProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String managementAccountId;

    private Builder() {}

    /** Sets {@link CombinedSecurityPostureOrgMemberProps#getManagementAccountId()}. */
    public Builder managementAccountId(String managementAccountId) {
      this.managementAccountId = managementAccountId;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public CombinedSecurityPostureOrgMemberProps build() {
      return new CombinedSecurityPostureOrgMemberProps(this);
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

  /** The message of a broken constraint: the template's description of it, else {@code rule}. */
  private static String problem(
      String name, String value, boolean secret, String constraint, String rule) {
    return name
        + (secret ? "" : " '" + value + "'")
        + ": "
        + (constraint != null ? constraint : rule);
  }
}

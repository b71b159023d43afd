package com.acme.onboarding.rolenames;

import java.util.regex.Pattern;

/**
 * The props of {@link RoleNamesFromParameters}, one for each parameter of blueprint {@code
 * role-names-from-parameters}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class RoleNamesFromParametersProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern AUDIT_ROLE_NAME_PATTERN = Pattern.compile("^[A-Za-z0-9+=,.@_-]{1,64}$");
  private static final Pattern ROLE_PREFIX_PATTERN = Pattern.compile("^[\\w+=,.@-]{0,53}$");
  private static final Pattern INVENTORY_ROLE_NAME_PATTERN = Pattern.compile("^[\\w+=,.@-]{1,64}$");

  private final String externalId;
  private final String auditRoleName;
  private final String rolePrefix;
  private final String inventoryRoleName;

  private RoleNamesFromParametersProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.auditRoleName = builder.auditRoleName != null ? builder.auditRoleName : "AcmeAudit";
    this.rolePrefix = builder.rolePrefix != null ? builder.rolePrefix : "";
    this.inventoryRoleName = required(builder.inventoryRoleName, "inventoryRoleName");
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("auditRoleName", auditRoleName, AUDIT_ROLE_NAME_PATTERN, null, false);
    checkPattern("rolePrefix", rolePrefix, ROLE_PREFIX_PATTERN, "Must be at most 53 letters, digits and + = , . @ _ -", false);
    checkLength("rolePrefix", rolePrefix, 0, 53, "Must be at most 53 letters, digits and + = , . @ _ -", false);
    checkPattern("inventoryRoleName", inventoryRoleName, INVENTORY_ROLE_NAME_PATTERN, "Must be 1 to 64 letters, digits and + = , . @ _ -", false);
    checkLength("inventoryRoleName", inventoryRoleName, 1, 64, "Must be 1 to 64 letters, digits and + = , . @ _ -", false);
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
   * Name of the audit role, as your naming policy requires.
   *
   * <p>Template parameter {@code AuditRoleName}. Default: <code>AcmeAudit</code>. Must match
   * <code>^[A-Za-z0-9+=,.&#64;_-]{1,64}$</code>.
   */
  public String getAuditRoleName() {
    return auditRoleName;
  }

  /**
   * Prefix of the vendor's role names, separator included (such as acme-). May be empty.
   *
   * <p>Template parameter {@code RolePrefix}. Default: <code>""</code>. Must match
   * <code>^[\w+=,.&#64;-]{0,53}$</code>. Length: 0 to 53 characters. Must be at most 53 letters,
   * digits and + = , . &#64; _ -
   */
  public String getRolePrefix() {
    return rolePrefix;
  }

  /**
   * Name of the vendor's role InventoryRole (at most 64 characters).
   *
   * <p>Template parameter {@code InventoryRoleName}. Required: no default. Must match
   * <code>^[\w+=,.&#64;-]{1,64}$</code>. Length: 1 to 64 characters. Must be 1 to 64 letters,
   * digits and + = , . &#64; _ -
   */
  public String getInventoryRoleName() {
    return inventoryRoleName;
  }

  /** Builds {@link RoleNamesFromParametersProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String auditRoleName;
    private String rolePrefix;
    private String inventoryRoleName;

    private Builder() {}

    /** Sets {@link RoleNamesFromParametersProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link RoleNamesFromParametersProps#getAuditRoleName()}. */
    public Builder auditRoleName(String auditRoleName) {
      this.auditRoleName = auditRoleName;
      return this;
    }

    /** Sets {@link RoleNamesFromParametersProps#getRolePrefix()}. */
    public Builder rolePrefix(String rolePrefix) {
      this.rolePrefix = rolePrefix;
      return this;
    }

    /** Sets {@link RoleNamesFromParametersProps#getInventoryRoleName()}. */
    public Builder inventoryRoleName(String inventoryRoleName) {
      this.inventoryRoleName = inventoryRoleName;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public RoleNamesFromParametersProps build() {
      return new RoleNamesFromParametersProps(this);
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

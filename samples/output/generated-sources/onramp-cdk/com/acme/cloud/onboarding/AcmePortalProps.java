package com.acme.cloud.onboarding;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link AcmePortal}, one for each parameter of blueprint {@code
 * acme-portal}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class AcmePortalProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern PERMISSIONS_BOUNDARY_ARN_PATTERN = Pattern.compile("^$|^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/.+$");

  private final String externalId;
  private final String accessLevel;
  private final Boolean syncCostRecommendations;
  private final String permissionsBoundaryArn;

  private AcmePortalProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.accessLevel = builder.accessLevel != null ? builder.accessLevel : "resources-only";
    this.syncCostRecommendations = builder.syncCostRecommendations != null ? builder.syncCostRecommendations : true;
    this.permissionsBoundaryArn = builder.permissionsBoundaryArn != null ? builder.permissionsBoundaryArn : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkAllowed("accessLevel", accessLevel, List.of("resources-only", "resources-and-tags", "tag-write-back"), null, false);
    checkPattern("permissionsBoundaryArn", permissionsBoundaryArn, PERMISSIONS_BOUNDARY_ARN_PATTERN, "Must be empty or the ARN of an IAM managed policy.", false);
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
   * resources-only reads inventory; resources-and-tags adds tag reads; tag-write-back also writes
   * acme tags.
   *
   * <p>Template parameter {@code AccessLevel}. Default: <code>resources-only</code>. Allowed
   * values: <code>resources-only, resources-and-tags, tag-write-back</code>.
   */
  public String getAccessLevel() {
    return accessLevel;
  }

  /**
   * Template parameter {@code SyncCostRecommendations}. Default: <code>true</code>.
   */
  public Boolean getSyncCostRecommendations() {
    return syncCostRecommendations;
  }

  /**
   * ARN of a managed policy used as the permissions boundary of the vendor's role. Leave empty for
   * none.
   *
   * <p>Template parameter {@code PermissionsBoundaryArn}. Default: <code>""</code>. Must match
   * <code>^$|^arn:aws[a-z-]*:iam::(\d{12}|aws):policy/.+$</code>. Must be empty or the ARN of an
   * IAM managed policy.
   */
  public String getPermissionsBoundaryArn() {
    return permissionsBoundaryArn;
  }

  /** Builds {@link AcmePortalProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String accessLevel;
    private Boolean syncCostRecommendations;
    private String permissionsBoundaryArn;

    private Builder() {}

    /** Sets {@link AcmePortalProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link AcmePortalProps#getAccessLevel()}. */
    public Builder accessLevel(String accessLevel) {
      this.accessLevel = accessLevel;
      return this;
    }

    /** Sets {@link AcmePortalProps#getSyncCostRecommendations()}. */
    public Builder syncCostRecommendations(Boolean syncCostRecommendations) {
      this.syncCostRecommendations = syncCostRecommendations;
      return this;
    }

    /** Sets {@link AcmePortalProps#getPermissionsBoundaryArn()}. */
    public Builder permissionsBoundaryArn(String permissionsBoundaryArn) {
      this.permissionsBoundaryArn = permissionsBoundaryArn;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public AcmePortalProps build() {
      return new AcmePortalProps(this);
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

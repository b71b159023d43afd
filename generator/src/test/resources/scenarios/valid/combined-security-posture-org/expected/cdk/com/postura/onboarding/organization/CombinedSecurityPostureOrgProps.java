package com.postura.onboarding.organization;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link CombinedSecurityPostureOrg}, one for each parameter of blueprint {@code
 * combined-security-posture-org}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class CombinedSecurityPostureOrgProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern POSTURA_ACCOUNT_ID_PATTERN = Pattern.compile("^\\d{12}$");
  private static final Pattern ORGANIZATIONAL_UNIT_IDS_PATTERN = Pattern.compile("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$");
  private static final Pattern EXCLUDED_ACCOUNT_IDS_PATTERN = Pattern.compile("^(\\d{12})?$");
  private static final Pattern REGISTRATION_REGION_PATTERN = Pattern.compile("^$|^[a-z]{2}(-gov)?-[a-z]+-\\d$");

  private final String externalId;
  private final String posturaAccountId;
  private final String onboardOrganization;
  private final String readCostData;
  private final String curBucketName;
  private final String curPrefix;
  private final String curReportName;
  private final List<String> auditBuckets;
  private final Boolean forwardFindings;
  private final String teamTag;
  private final String posturaToken;
  private final List<String> organizationalUnitIds;
  private final List<String> excludedAccountIds;
  private final String registrationRegion;

  private CombinedSecurityPostureOrgProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.posturaAccountId = builder.posturaAccountId != null ? builder.posturaAccountId : "111122223333";
    this.onboardOrganization = builder.onboardOrganization != null ? builder.onboardOrganization : "Yes";
    this.readCostData = builder.readCostData != null ? builder.readCostData : "No";
    this.curBucketName = builder.curBucketName != null ? builder.curBucketName : "";
    this.curPrefix = builder.curPrefix != null ? builder.curPrefix : "";
    this.curReportName = builder.curReportName != null ? builder.curReportName : "";
    this.auditBuckets = builder.auditBuckets != null ? builder.auditBuckets : List.of();
    this.forwardFindings = builder.forwardFindings != null ? builder.forwardFindings : true;
    this.teamTag = builder.teamTag != null ? builder.teamTag : "/postura/owner-team";
    this.posturaToken = required(builder.posturaToken, "posturaToken");
    this.organizationalUnitIds = required(builder.organizationalUnitIds, "organizationalUnitIds");
    this.excludedAccountIds = builder.excludedAccountIds != null ? builder.excludedAccountIds : List.of();
    this.registrationRegion = builder.registrationRegion != null ? builder.registrationRegion : "";
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("posturaAccountId", posturaAccountId, POSTURA_ACCOUNT_ID_PATTERN, null, false);
    checkAllowed("onboardOrganization", onboardOrganization, List.of("Yes", "No"), null, false);
    checkAllowed("readCostData", readCostData, List.of("Yes", "No"), null, false);
    checkLength("posturaToken", posturaToken, 32, Integer.MAX_VALUE, null, true);
    organizationalUnitIds.forEach(element -> checkPattern("organizationalUnitIds", element, ORGANIZATIONAL_UNIT_IDS_PATTERN, "Each must be an OU id (ou-ab12-cd34ef56) or a root id (r-ab12).", false));
    excludedAccountIds.forEach(element -> checkPattern("excludedAccountIds", element, EXCLUDED_ACCOUNT_IDS_PATTERN, "Each must be a 12-digit AWS account id.", false));
    checkPattern("registrationRegion", registrationRegion, REGISTRATION_REGION_PATTERN, "Must be empty or a region code such as us-east-1.", false);
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
   * The Postura account your region's scanners run in.
   *
   * <p>Template parameter {@code PosturaAccountId}. Default: <code>111122223333</code>. Must match
   * <code>^\d{12}$</code>.
   */
  public String getPosturaAccountId() {
    return posturaAccountId;
  }

  /**
   * Template parameter {@code OnboardOrganization}. Default: <code>Yes</code>. Allowed values:
   * <code>Yes, No</code>.
   */
  public String getOnboardOrganization() {
    return onboardOrganization;
  }

  /**
   * Template parameter {@code ReadCostData}. Default: <code>No</code>. Allowed values: <code>Yes,
   * No</code>.
   */
  public String getReadCostData() {
    return readCostData;
  }

  /**
   * Template parameter {@code CurBucketName}. Default: <code>""</code>.
   */
  public String getCurBucketName() {
    return curBucketName;
  }

  /**
   * Template parameter {@code CurPrefix}. Default: <code>""</code>.
   */
  public String getCurPrefix() {
    return curPrefix;
  }

  /**
   * Template parameter {@code CurReportName}. Default: <code>""</code>.
   */
  public String getCurReportName() {
    return curReportName;
  }

  /**
   * Template parameter {@code AuditBuckets}. Default: <code>""</code>.
   */
  public List<String> getAuditBuckets() {
    return auditBuckets;
  }

  /**
   * Template parameter {@code ForwardFindings}. Default: <code>true</code>.
   */
  public Boolean getForwardFindings() {
    return forwardFindings;
  }

  /**
   * Template parameter {@code TeamTag}. Default: <code>/postura/owner-team</code>.
   */
  public String getTeamTag() {
    return teamTag;
  }

  /**
   * Template parameter {@code PosturaToken}. Required: no default. Length: 32 or more characters.
   */
  public String getPosturaToken() {
    return posturaToken;
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

  /**
   * Region whose stack registers this account with the vendor; leave empty (a StackSet fills it in
   * so an account that gets a stack in several regions is registered once).
   *
   * <p>Template parameter {@code RegistrationRegion}. Default: <code>""</code>. Must match
   * <code>^$|^[a-z]{2}(-gov)?-[a-z]+-\d$</code>. Must be empty or a region code such as us-east-1.
   */
  public String getRegistrationRegion() {
    return registrationRegion;
  }

  /** Builds {@link CombinedSecurityPostureOrgProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String posturaAccountId;
    private String onboardOrganization;
    private String readCostData;
    private String curBucketName;
    private String curPrefix;
    private String curReportName;
    private List<String> auditBuckets;
    private Boolean forwardFindings;
    private String teamTag;
    private String posturaToken;
    private List<String> organizationalUnitIds;
    private List<String> excludedAccountIds;
    private String registrationRegion;

    private Builder() {}

    /** Sets {@link CombinedSecurityPostureOrgProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getPosturaAccountId()}. */
    public Builder posturaAccountId(String posturaAccountId) {
      this.posturaAccountId = posturaAccountId;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getOnboardOrganization()}. */
    public Builder onboardOrganization(String onboardOrganization) {
      this.onboardOrganization = onboardOrganization;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getReadCostData()}. */
    public Builder readCostData(String readCostData) {
      this.readCostData = readCostData;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getCurBucketName()}. */
    public Builder curBucketName(String curBucketName) {
      this.curBucketName = curBucketName;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getCurPrefix()}. */
    public Builder curPrefix(String curPrefix) {
      this.curPrefix = curPrefix;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getCurReportName()}. */
    public Builder curReportName(String curReportName) {
      this.curReportName = curReportName;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getAuditBuckets()}. */
    public Builder auditBuckets(List<String> auditBuckets) {
      this.auditBuckets = auditBuckets == null ? null : List.copyOf(auditBuckets);
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getForwardFindings()}. */
    public Builder forwardFindings(Boolean forwardFindings) {
      this.forwardFindings = forwardFindings;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getTeamTag()}. */
    public Builder teamTag(String teamTag) {
      this.teamTag = teamTag;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getPosturaToken()}. */
    public Builder posturaToken(String posturaToken) {
      this.posturaToken = posturaToken;
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getOrganizationalUnitIds()}. */
    public Builder organizationalUnitIds(List<String> organizationalUnitIds) {
      this.organizationalUnitIds = organizationalUnitIds == null ? null : List.copyOf(organizationalUnitIds);
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getExcludedAccountIds()}. */
    public Builder excludedAccountIds(List<String> excludedAccountIds) {
      this.excludedAccountIds = excludedAccountIds == null ? null : List.copyOf(excludedAccountIds);
      return this;
    }

    /** Sets {@link CombinedSecurityPostureOrgProps#getRegistrationRegion()}. */
    public Builder registrationRegion(String registrationRegion) {
      this.registrationRegion = registrationRegion;
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public CombinedSecurityPostureOrgProps build() {
      return new CombinedSecurityPostureOrgProps(this);
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

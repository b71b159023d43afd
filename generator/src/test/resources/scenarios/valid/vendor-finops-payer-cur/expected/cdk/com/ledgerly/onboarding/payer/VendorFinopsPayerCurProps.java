package com.ledgerly.onboarding.payer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The props of {@link VendorFinopsPayerCur}, one for each parameter of blueprint {@code
 * vendor-finops-payer-cur}'s template, with the template's defaults. {@link Builder#build()} checks the
 * template's constraints, so a bad value fails where the construct is made, not at deployment.
 */
public final class VendorFinopsPayerCurProps {
  private static final Pattern EXTERNAL_ID_PATTERN = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");
  private static final Pattern LEDGERLY_ACCOUNT_ID_PATTERN = Pattern.compile("^\\d{12}$");

  private final String externalId;
  private final String ledgerlyAccountId;
  private final String curSource;
  private final String curBucketName;
  private final String curPrefix;
  private final String curReportName;
  private final List<String> extraBillingBuckets;

  private VendorFinopsPayerCurProps(Builder builder) {
    this.externalId = required(builder.externalId, "externalId");
    this.ledgerlyAccountId = builder.ledgerlyAccountId != null ? builder.ledgerlyAccountId : "111122223333";
    this.curSource = builder.curSource != null ? builder.curSource : "create";
    this.curBucketName = builder.curBucketName != null ? builder.curBucketName : "";
    this.curPrefix = builder.curPrefix != null ? builder.curPrefix : "";
    this.curReportName = builder.curReportName != null ? builder.curReportName : "";
    this.extraBillingBuckets = builder.extraBillingBuckets != null ? builder.extraBillingBuckets : List.of();
    checkPattern("externalId", externalId, EXTERNAL_ID_PATTERN, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkLength("externalId", externalId, 2, 1224, "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _", false);
    checkPattern("ledgerlyAccountId", ledgerlyAccountId, LEDGERLY_ACCOUNT_ID_PATTERN, null, false);
    checkAllowed("curSource", curSource, List.of("create", "existing"), null, false);
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
   * The Ledgerly account that reads billing data.
   *
   * <p>Template parameter {@code LedgerlyAccountId}. Default: <code>111122223333</code>. Must match
   * <code>^\d{12}$</code>.
   */
  public String getLedgerlyAccountId() {
    return ledgerlyAccountId;
  }

  /**
   * Create a new report, or let Ledgerly read the one you already have.
   *
   * <p>Template parameter {@code CurSource}. Default: <code>create</code>. Allowed values:
   * <code>create, existing</code>.
   */
  public String getCurSource() {
    return curSource;
  }

  /**
   * Bucket of your existing report (CurSource existing only).
   *
   * <p>Template parameter {@code CurBucketName}. Default: <code>""</code>.
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
   * Other buckets that hold reports of this payer account (names, comma-separated).
   *
   * <p>Template parameter {@code ExtraBillingBuckets}. Default: <code>""</code>.
   */
  public List<String> getExtraBillingBuckets() {
    return extraBillingBuckets;
  }

  /** Builds {@link VendorFinopsPayerCurProps}; a prop left unset takes the template's default. */
  public static final class Builder {
    private String externalId;
    private String ledgerlyAccountId;
    private String curSource;
    private String curBucketName;
    private String curPrefix;
    private String curReportName;
    private List<String> extraBillingBuckets;

    private Builder() {}

    /** Sets {@link VendorFinopsPayerCurProps#getExternalId()}. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Sets {@link VendorFinopsPayerCurProps#getLedgerlyAccountId()}. */
    public Builder ledgerlyAccountId(String ledgerlyAccountId) {
      this.ledgerlyAccountId = ledgerlyAccountId;
      return this;
    }

    /** Sets {@link VendorFinopsPayerCurProps#getCurSource()}. */
    public Builder curSource(String curSource) {
      this.curSource = curSource;
      return this;
    }

    /** Sets {@link VendorFinopsPayerCurProps#getCurBucketName()}. */
    public Builder curBucketName(String curBucketName) {
      this.curBucketName = curBucketName;
      return this;
    }

    /** Sets {@link VendorFinopsPayerCurProps#getCurPrefix()}. */
    public Builder curPrefix(String curPrefix) {
      this.curPrefix = curPrefix;
      return this;
    }

    /** Sets {@link VendorFinopsPayerCurProps#getCurReportName()}. */
    public Builder curReportName(String curReportName) {
      this.curReportName = curReportName;
      return this;
    }

    /** Sets {@link VendorFinopsPayerCurProps#getExtraBillingBuckets()}. */
    public Builder extraBillingBuckets(List<String> extraBillingBuckets) {
      this.extraBillingBuckets = extraBillingBuckets == null ? null : List.copyOf(extraBillingBuckets);
      return this;
    }

    /**
     * The props.
     *
     * @throws IllegalArgumentException when a required prop is missing or a value breaks a
     *     constraint of the template
     */
    public VendorFinopsPayerCurProps build() {
      return new VendorFinopsPayerCurProps(this);
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

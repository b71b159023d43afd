package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import java.util.List;

/**
 * The Cost and Usage Report: a hardened bucket that receives it, the report itself (legacy CUR or a
 * CUR 2.0 export), how it is created (a Lambda-backed custom resource that works from any region,
 * or the native resource, which deploys only in us-east-1), and which vendor roles may read it.
 */
public record CostReportSpec(
    @Doc("The report bucket. Default: a generated name, SSE-S3, no expiry.")
        CostReportBucketSpec bucket,
    @Pattern(value = "[0-9A-Za-z!_.*'()-]{1,256}", meaning = "letters, digits and ! - _ . * ' ( )")
        @Doc("Key prefix of the report in the bucket. Default cur.")
        String prefix,
    @Doc("How the report is created: lambda (default, any region) or native (us-east-1 only).")
        Mode mode,
    @Doc("The report. Required unless the report is only an existing one (existing without when).")
        ReportSpec report,
    @Doc("Ids of the roles that may read the report prefix. Default: every role.")
        List<String> readBy,
    @Doc("The Lambda that creates the report in lambda mode.") LambdaSpec lambda,
    @Doc(
            "Create the report, its bucket and everything that serves them only when a parameter"
                + " has one of the given values.")
        Switch when,
    @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
        @Doc(
            "Take the key prefix from this parameter (created when not declared; its default is"
                + " prefix).")
        String prefixParameter,
    @Doc(
            "Use the customer's existing report (or CUR 2.0 export) and its bucket: read access"
                + " only, nothing created; with when, a deploy-time choice between creating and"
                + " reusing.")
        ExistingCostReportSpec existing) {

  public CostReportSpec {
    bucket = bucket == null ? CostReportBucketSpec.DEFAULT : bucket;
    prefix = prefix == null ? "cur" : prefix;
    mode = mode == null ? Mode.LAMBDA : mode;
    readBy = readBy == null ? List.of() : List.copyOf(readBy);
    lambda = lambda == null ? LambdaSpec.DEFAULT : lambda;
  }

  /** How the report is created. */
  public enum Mode implements Labeled {
    LAMBDA,
    NATIVE
  }

  /** The report: legacy CUR, or a CUR 2.0 export with its query. */
  public record ReportSpec(
      @Pattern(
              value = "[0-9A-Za-z!_.*'()-]{1,256}",
              meaning = "at most 256 letters, digits and ! - _ . * ' ( )")
          @Doc(
              "Report (or export) name; unique in the payer account. Required unless"
                  + " nameParameter is set, whose default it then is.")
          String name,
      @Doc("legacy (CUR, default) or cur2 (a Data Exports CUR 2.0 export).") Kind kind,
      @Doc("HOURLY (default), DAILY or MONTHLY.") TimeUnit timeUnit,
      @Doc("parquet (default) or csv.") Format format,
      @Doc("For csv: gzip (default) or zip.") CsvCompression csvCompression,
      @Doc("Legacy CUR: RESOURCES, SPLIT_COST_ALLOCATION_DATA, MANUAL_DISCOUNT_COMPATIBILITY.")
          List<String> additionalSchemaElements,
      @Doc("Legacy CUR: refresh closed months when late charges arrive. Default true.")
          Boolean refreshClosedReports,
      @Doc("overwrite (default) or create-new report versions.") Versioning versioning,
      @Doc("CUR 2.0: the SQL query of the export.") String query,
      @Doc("CUR 2.0: include resource ids. Default true.") Boolean includeResources,
      @Doc("Keep the report when the stack is deleted. Default false (the bucket is always kept).")
          Boolean retainOnDelete,
      @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
          @Doc("Take the report name from this parameter (created when not declared).")
          String nameParameter,
      @Doc(
              "Mode lambda: take over a report (or export) of this name that already exists in the"
                  + " account, which the stack then re-points to its bucket and deletes with the"
                  + " stack unless retainOnDelete. Default false: the stack refuses to create.")
          Boolean adoptExisting) {

    public ReportSpec {
      kind = kind == null ? Kind.LEGACY : kind;
      timeUnit = timeUnit == null ? TimeUnit.HOURLY : timeUnit;
      format = format == null ? Format.PARQUET : format;
      csvCompression = csvCompression == null ? CsvCompression.GZIP : csvCompression;
      additionalSchemaElements =
          additionalSchemaElements == null ? List.of() : List.copyOf(additionalSchemaElements);
      refreshClosedReports = refreshClosedReports == null || refreshClosedReports;
      versioning = versioning == null ? Versioning.OVERWRITE : versioning;
      includeResources = includeResources == null || includeResources;
      retainOnDelete = retainOnDelete != null && retainOnDelete;
      adoptExisting = adoptExisting != null && adoptExisting;
    }
  }

  /** Legacy CUR or CUR 2.0. */
  public enum Kind implements Labeled {
    LEGACY,
    CUR2
  }

  /** Report granularity. */
  public enum TimeUnit implements Labeled {
    HOURLY("HOURLY"),
    DAILY("DAILY"),
    MONTHLY("MONTHLY");

    private final String label;

    TimeUnit(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Report file format. */
  public enum Format implements Labeled {
    PARQUET,
    CSV
  }

  /** Compression of a CSV report. */
  public enum CsvCompression implements Labeled {
    GZIP,
    ZIP
  }

  /** Whether a refreshed report replaces the previous version. */
  public enum Versioning implements Labeled {
    OVERWRITE,
    CREATE_NEW
  }

  /** The bucket that receives the report. */
  public record CostReportBucketSpec(
      @Pattern(
              value = "[a-z0-9.${}:A-Z-]{3,200}",
              meaning = "an S3 bucket name pattern such as acme-cur-${AWS::AccountId}")
          @Doc(
              "Bucket name pattern, with ${AWS::AccountId} and ${AWS::Region}. Default: a name"
                  + " CloudFormation generates.")
          String namePattern,
      @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
          @Doc("Encrypt with the KMS key whose ARN this parameter holds (created). Default SSE-S3.")
          String kmsKeyParameter,
      @Range(min = 1, max = 3650)
          @Doc("Delete report objects after this many days. Default: never.")
          Integer expirationDays,
      @Pattern(value = "[A-Za-z][A-Za-z0-9]{0,254}", meaning = "a parameter name")
          @Doc(
              "Take the bucket name from this parameter (created when not declared); instead of"
                  + " namePattern.")
          String nameParameter) {

    public static final CostReportBucketSpec DEFAULT =
        new CostReportBucketSpec(null, null, null, null);
  }

  /** The report-creating Lambda. */
  public record LambdaSpec(
      @Doc("Python runtime; default python3.13. Deprecated runtimes are refused.") String runtime,
      @Range(min = 30, max = 900) @Doc("Timeout in seconds. Default 300.") Integer timeout,
      @Doc("Log retention in days (a CloudWatch Logs value). Default 90.")
          Integer logRetentionDays) {

    public static final LambdaSpec DEFAULT = new LambdaSpec(null, null, null);

    public LambdaSpec {
      runtime = runtime == null ? "python3.13" : runtime;
      timeout = timeout == null ? 300 : timeout;
      logRetentionDays = logRetentionDays == null ? 90 : logRetentionDays;
    }
  }
}

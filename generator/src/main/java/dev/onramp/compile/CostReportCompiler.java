package dev.onramp.compile;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.Kind;
import dev.onramp.blueprint.model.CostReportSpec.ReportSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the Cost and Usage Report section: the hardened bucket (kept on uninstall), its policy
 * for the billing services (in place before the report is created), the report through a
 * Lambda-backed custom resource or the native resource (guarded by a Rule), and read access to the
 * report prefix for the vendor's roles.
 */
final class CostReportCompiler {
  static final String BUCKET = "CostReportBucket";
  static final String BUCKET_POLICY = "CostReportBucketPolicy";
  static final String FUNCTION = "CostReportFunction";
  static final String FUNCTION_ROLE = "CostReportFunctionRole";
  static final String LOG_GROUP = "CostReportLogGroup";
  static final String REPORT = "CostReport";
  static final String CHINA = "IsChinaPartition";
  static final String GROUP = "Cost and Usage Report";

  /** Inline Lambda code ({@code ZipFile}) is limited to this many characters. */
  static final int INLINE_CODE_LIMIT = 4_096;

  static final String HANDLER_RESOURCE = "/dev/onramp/cur/cost_report.py";

  private static final List<String> BILLING_SERVICES =
      List.of("billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com");

  private final Blueprint blueprint;
  private final CostReportSpec spec;
  private final SourceMap source;
  private final Diagnostics diagnostics;

  CostReportCompiler(Blueprint blueprint, SourceMap source, Diagnostics diagnostics) {
    this.blueprint = blueprint;
    this.spec = blueprint.costReport();
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** Adds everything the section needs to the template being built. */
  void compile(
      Map<String, Template.Resource> resources,
      Map<String, SourceLocation> origins,
      Map<String, Object> conditions,
      Map<String, Object> rules,
      Map<String, Template.Output> outputs) {
    resources.put(BUCKET, bucket());
    origins.put(BUCKET, source.at("costReport.bucket"));
    resources.put(BUCKET_POLICY, Template.Resource.of("AWS::S3::BucketPolicy", bucketPolicy()));
    origins.put(BUCKET_POLICY, source.at("costReport.bucket"));
    if (spec.mode() == CostReportSpec.Mode.LAMBDA) {
      conditions.put(CHINA, new Fn.Equals(Fn.ref("AWS::Partition"), "aws-cn"));
      addLambda(resources, origins);
    } else {
      resources.put(REPORT, nativeReport());
      rules.put("CostReportOnlyInUsEast1", usEast1Rule());
    }
    origins.put(REPORT, source.at("costReport.report"));
    addReaders(resources, origins);
    addOutputs(outputs);
  }

  private Template.Resource bucket() {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (spec.bucket().namePattern() != null) {
      properties.put("BucketName", Fn.sub(spec.bucket().namePattern()));
    }
    Map<String, Object> byDefault = new LinkedHashMap<>();
    String kms = spec.bucket().kmsKeyParameter();
    if (kms == null) {
      byDefault.put("SSEAlgorithm", "AES256");
    } else {
      byDefault.put("SSEAlgorithm", "aws:kms");
      byDefault.put("KMSMasterKeyID", Fn.ref(kms));
    }
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("ServerSideEncryptionByDefault", byDefault);
    if (kms != null) {
      rule.put("BucketKeyEnabled", true);
    }
    properties.put("BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(rule)));
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("BlockPublicAcls", true);
    block.put("BlockPublicPolicy", true);
    block.put("IgnorePublicAcls", true);
    block.put("RestrictPublicBuckets", true);
    properties.put("PublicAccessBlockConfiguration", block);
    properties.put(
        "OwnershipControls",
        Map.of("Rules", List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced"))));
    if (spec.bucket().expirationDays() != null) {
      Map<String, Object> expiry = new LinkedHashMap<>();
      expiry.put("Id", "ExpireCostReports");
      expiry.put("Status", "Enabled");
      expiry.put("Prefix", spec.prefix() + "/");
      expiry.put("ExpirationInDays", spec.bucket().expirationDays());
      properties.put("LifecycleConfiguration", Map.of("Rules", List.of(expiry)));
    }
    // Uninstalling the onboarding stack must never delete the customer's billing data.
    return new Template.Resource(
        "AWS::S3::Bucket", null, List.of(), "Retain", "Retain", Map.of(), properties);
  }

  private Map<String, Object> bucketPolicy() {
    Object bucketArn = Fn.getAtt(BUCKET, "Arn");
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(
        statement(
            "DenyInsecureTransport",
            "Deny",
            "*",
            "s3:*",
            List.of(bucketArn, Fn.sub("${" + BUCKET + ".Arn}/*")),
            Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
    Map<String, Object> billingOnly = new LinkedHashMap<>();
    billingOnly.put("StringEquals", Map.of("aws:SourceAccount", Fn.ref("AWS::AccountId")));
    billingOnly.put(
        "ArnLike",
        Map.of(
            "aws:SourceArn",
            List.of(
                Fn.sub("arn:${AWS::Partition}:cur:*:${AWS::AccountId}:definition/*"),
                Fn.sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*"))));
    statements.add(
        statement(
            "AllowBillingDeliveryCheck",
            "Allow",
            Map.of("Service", BILLING_SERVICES),
            List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"),
            bucketArn,
            billingOnly));
    statements.add(
        statement(
            "AllowBillingDelivery",
            "Allow",
            Map.of("Service", BILLING_SERVICES),
            "s3:PutObject",
            Fn.sub("${" + BUCKET + ".Arn}/" + spec.prefix() + "/*"),
            billingOnly));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("Bucket", Fn.ref(BUCKET));
    properties.put("PolicyDocument", PolicySplitter.document(statements));
    return properties;
  }

  private void addLambda(
      Map<String, Template.Resource> resources, Map<String, SourceLocation> origins) {
    Map<String, Object> logGroup = new LinkedHashMap<>();
    logGroup.put("RetentionInDays", spec.lambda().logRetentionDays());
    resources.put(
        LOG_GROUP,
        new Template.Resource(
            "AWS::Logs::LogGroup", null, List.of(), "Delete", "Delete", Map.of(), logGroup));
    origins.put(LOG_GROUP, source.at("costReport.lambda"));
    resources.put(FUNCTION_ROLE, Template.Resource.of("AWS::IAM::Role", functionRole()));
    origins.put(FUNCTION_ROLE, source.at("costReport.lambda"));
    String code = handlerSource();
    if (code.length() > INLINE_CODE_LIMIT) {
      diagnostics.error(
          DiagnosticCode.LAMBDA_CODE_TOO_LARGE,
          source.at("costReport.lambda"),
          "the report Lambda's code is "
              + code.length()
              + " characters; inline code is limited"
              + " to "
              + INLINE_CODE_LIMIT,
          "use mode native in us-east-1 until packaged Lambdas can be published");
    }
    Map<String, Object> function = new LinkedHashMap<>();
    function.put(
        "Description", "Creates the Cost and Usage Report through the billing API for this stack.");
    function.put("Runtime", spec.lambda().runtime());
    function.put("Handler", "index.handler");
    function.put("Role", Fn.getAtt(FUNCTION_ROLE, "Arn"));
    function.put("Timeout", spec.lambda().timeout());
    function.put("MemorySize", 128);
    function.put("LoggingConfig", Map.of("LogGroup", Fn.ref(LOG_GROUP)));
    function.put("Code", Map.of("ZipFile", code));
    resources.put(FUNCTION, Template.Resource.of("AWS::Lambda::Function", function));
    origins.put(FUNCTION, source.at("costReport.lambda"));

    ReportSpec report = spec.report();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ServiceToken", Fn.getAtt(FUNCTION, "Arn"));
    properties.put("Kind", report.kind().label());
    properties.put("ApiRegion", Fn.ifThen(CHINA, "cn-northwest-1", "us-east-1"));
    properties.put("ReportName", report.name());
    properties.put("S3Bucket", Fn.ref(BUCKET));
    properties.put("S3Prefix", spec.prefix());
    properties.put("S3Region", Fn.ref("AWS::Region"));
    if (report.kind() == Kind.LEGACY) {
      properties.put("TimeUnit", report.timeUnit().label());
      properties.put("Format", legacyFormat(report));
      properties.put("Compression", legacyCompression(report));
      if (!report.additionalSchemaElements().isEmpty()) {
        properties.put("AdditionalSchemaElements", report.additionalSchemaElements());
      }
      properties.put("RefreshClosedReports", report.refreshClosedReports().toString());
      properties.put("ReportVersioning", versioning(report));
    } else {
      properties.put("QueryStatement", report.query());
      properties.put("TableConfigurations", tableConfigurationsJson(report));
      properties.put("Format", cur2Format(report));
      properties.put("Compression", cur2Compression(report));
      properties.put("Overwrite", versioning(report));
    }
    properties.put("RetainOnDelete", report.retainOnDelete().toString());
    // The bucket policy must be in place before the billing service checks the bucket.
    resources.put(
        REPORT,
        new Template.Resource(
            "Custom::CostReport", null, List.of(BUCKET_POLICY), null, null, Map.of(), properties));
  }

  private Map<String, Object> functionRole() {
    Map<String, Object> trust = new LinkedHashMap<>();
    trust.put("Effect", "Allow");
    trust.put("Principal", Map.of("Service", "lambda.amazonaws.com"));
    trust.put("Action", "sts:AssumeRole");
    List<Map<String, Object>> statements = new ArrayList<>();
    String name = spec.report().name();
    if (spec.report().kind() == Kind.LEGACY) {
      statements.add(
          statement(
              "ManageThisReport",
              "Allow",
              null,
              List.of(
                  "cur:PutReportDefinition",
                  "cur:ModifyReportDefinition",
                  "cur:DeleteReportDefinition"),
              Fn.sub("arn:${AWS::Partition}:cur:*:${AWS::AccountId}:definition/" + name),
              null));
      // DescribeReportDefinitions has no resource-level permissions.
      statements.add(
          statement(
              "FindExistingReport", "Allow", null, "cur:DescribeReportDefinitions", "*", null));
    } else {
      statements.add(
          statement(
              "ManageExports",
              "Allow",
              null,
              List.of(
                  "bcm-data-exports:CreateExport",
                  "bcm-data-exports:UpdateExport",
                  "bcm-data-exports:DeleteExport",
                  "bcm-data-exports:GetExport"),
              Fn.sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*"),
              null));
      statements.add(
          statement(
              "FindExistingExport", "Allow", null, "bcm-data-exports:ListExports", "*", null));
    }
    statements.add(
        statement(
            "WriteOwnLogs",
            "Allow",
            null,
            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            Fn.getAtt(LOG_GROUP, "Arn"),
            null));
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("PolicyName", "CreateCostReport");
    policy.put("PolicyDocument", PolicySplitter.document(statements));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "Description", "Runs the Lambda that creates this stack's Cost and Usage Report.");
    properties.put("AssumeRolePolicyDocument", PolicySplitter.document(List.of(trust)));
    properties.put("Policies", List.of(policy));
    return properties;
  }

  private Template.Resource nativeReport() {
    ReportSpec report = spec.report();
    Map<String, Object> properties = new LinkedHashMap<>();
    String type;
    if (report.kind() == Kind.LEGACY) {
      type = "AWS::CUR::ReportDefinition";
      properties.put("ReportName", report.name());
      properties.put("TimeUnit", report.timeUnit().label());
      properties.put("Format", legacyFormat(report));
      properties.put("Compression", legacyCompression(report));
      if (!report.additionalSchemaElements().isEmpty()) {
        properties.put("AdditionalSchemaElements", report.additionalSchemaElements());
      }
      properties.put("S3Bucket", Fn.ref(BUCKET));
      properties.put("S3Prefix", spec.prefix());
      properties.put("S3Region", Fn.ref("AWS::Region"));
      properties.put("RefreshClosedReports", report.refreshClosedReports());
      properties.put("ReportVersioning", versioning(report));
    } else {
      type = "AWS::BCMDataExports::Export";
      Map<String, Object> output = new LinkedHashMap<>();
      output.put("Compression", cur2Compression(report));
      output.put("Format", cur2Format(report));
      output.put("OutputType", "CUSTOM");
      output.put("Overwrite", versioning(report));
      Map<String, Object> destination = new LinkedHashMap<>();
      destination.put("S3Bucket", Fn.ref(BUCKET));
      destination.put("S3Prefix", spec.prefix());
      destination.put("S3Region", Fn.ref("AWS::Region"));
      destination.put("S3OutputConfigurations", output);
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("QueryStatement", report.query());
      query.put("TableConfigurations", tableConfigurations(report));
      Map<String, Object> export = new LinkedHashMap<>();
      export.put("Name", report.name());
      export.put("DataQuery", query);
      export.put("DestinationConfigurations", Map.of("S3Destination", destination));
      export.put("RefreshCadence", Map.of("Frequency", "SYNCHRONOUS"));
      properties.put("Export", export);
    }
    String retention = report.retainOnDelete() ? "Retain" : "Delete";
    return new Template.Resource(
        type, null, List.of(BUCKET_POLICY), retention, retention, Map.of(), properties);
  }

  private static Map<String, Object> usEast1Rule() {
    Map<String, Object> assertion = new LinkedHashMap<>();
    assertion.put("Assert", new Fn.Equals(Fn.ref("AWS::Region"), "us-east-1"));
    assertion.put(
        "AssertDescription",
        "This stack creates the Cost and Usage Report natively, which CloudFormation supports only"
            + " in us-east-1. Create the stack in US East (N. Virginia).");
    return Map.of("Assertions", List.of(assertion));
  }

  private void addReaders(
      Map<String, Template.Resource> resources, Map<String, SourceLocation> origins) {
    List<String> readers =
        spec.readBy().isEmpty()
            ? blueprint.roles().stream().map(RoleSpec::id).toList()
            : spec.readBy();
    for (String role : readers) {
      List<Map<String, Object>> statements = new ArrayList<>();
      statements.add(
          statement(
              "ReadCostReports",
              "Allow",
              null,
              "s3:GetObject",
              Fn.sub("${" + BUCKET + ".Arn}/" + spec.prefix() + "/*"),
              null));
      statements.add(
          statement(
              "ListCostReports",
              "Allow",
              null,
              "s3:ListBucket",
              Fn.getAtt(BUCKET, "Arn"),
              Map.of("StringLike", Map.of("s3:prefix", spec.prefix() + "/*"))));
      statements.add(
          statement(
              "LocateCostReportBucket",
              "Allow",
              null,
              "s3:GetBucketLocation",
              Fn.getAtt(BUCKET, "Arn"),
              null));
      String kms = spec.bucket().kmsKeyParameter();
      if (kms != null) {
        statements.add(
            statement(
                "DecryptCostReports",
                "Allow",
                null,
                "kms:Decrypt",
                Fn.ref(kms),
                Map.of(
                    "StringEquals",
                    Map.of("kms:ViaService", Fn.sub("s3.${AWS::Region}.${AWS::URLSuffix}")))));
      }
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Description", "Read access to the Cost and Usage Report prefix only.");
      properties.put("PolicyDocument", PolicySplitter.document(statements));
      properties.put("Roles", List.of(Fn.ref(role)));
      String id = role + "CostReportReadPolicy";
      resources.put(id, Template.Resource.of("AWS::IAM::ManagedPolicy", properties));
      origins.put(id, source.at("costReport.readBy"));
    }
  }

  private void addOutputs(Map<String, Template.Output> outputs) {
    ReportSpec report = spec.report();
    outputs.put(
        "CostReportBucketName",
        new Template.Output("Bucket that receives the report", Fn.ref(BUCKET), null, null));
    outputs.put(
        "CostReportName", new Template.Output("Name of the report", report.name(), null, null));
    Object arn;
    if (spec.mode() == CostReportSpec.Mode.NATIVE) {
      arn =
          report.kind() == Kind.LEGACY
              ? Fn.sub(
                  "arn:${AWS::Partition}:cur:${AWS::Region}:${AWS::AccountId}:definition/"
                      + report.name())
              : Fn.getAtt(REPORT, "ExportArn");
    } else {
      arn = report.kind() == Kind.LEGACY ? Fn.getAtt(REPORT, "ReportArn") : Fn.ref(REPORT);
    }
    outputs.put("CostReportArn", new Template.Output("ARN of the report", arn, null, null));
    outputs.put(
        "CostReportPrefix",
        new Template.Output("Key prefix of the report in the bucket", spec.prefix(), null, null));
  }

  private static String legacyFormat(ReportSpec report) {
    return report.format() == CostReportSpec.Format.PARQUET ? "Parquet" : "textORcsv";
  }

  private static String legacyCompression(ReportSpec report) {
    if (report.format() == CostReportSpec.Format.PARQUET) {
      return "Parquet";
    }
    return report.csvCompression() == CostReportSpec.CsvCompression.ZIP ? "ZIP" : "GZIP";
  }

  private static String cur2Format(ReportSpec report) {
    return report.format() == CostReportSpec.Format.PARQUET ? "PARQUET" : "TEXT_OR_CSV";
  }

  private static String cur2Compression(ReportSpec report) {
    return report.format() == CostReportSpec.Format.PARQUET ? "PARQUET" : "GZIP";
  }

  private static String versioning(ReportSpec report) {
    return report.versioning() == CostReportSpec.Versioning.OVERWRITE
        ? "OVERWRITE_REPORT"
        : "CREATE_NEW_REPORT";
  }

  private static Map<String, Object> tableConfigurations(ReportSpec report) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("TIME_GRANULARITY", report.timeUnit().label());
    table.put("INCLUDE_RESOURCES", report.includeResources() ? "TRUE" : "FALSE");
    return Map.of("COST_AND_USAGE_REPORT", table);
  }

  private static String tableConfigurationsJson(ReportSpec report) {
    return dev.onramp.template.JsonTemplateWriter.compact(tableConfigurations(report));
  }

  private static Map<String, Object> statement(
      String sid,
      String effect,
      Object principal,
      Object actions,
      Object resources,
      Map<String, Object> condition) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", sid);
    statement.put("Effect", effect);
    if (principal != null) {
      statement.put("Principal", principal);
    }
    statement.put("Action", actions);
    statement.put("Resource", resources);
    if (condition != null) {
      statement.put("Condition", condition);
    }
    return statement;
  }

  static String handlerSource() {
    try (InputStream in = CostReportCompiler.class.getResourceAsStream(HANDLER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + HANDLER_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.onramp.compile.costreport;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import java.util.Set;

/**
 * Compiles the Cost and Usage Report section: the hardened bucket (kept on uninstall), its policy
 * for the billing services (in place before the report is created), the report through a
 * Lambda-backed custom resource or the native resource (guarded by a Rule), and read access to the
 * report prefix for the vendor's roles. With {@code existing}, the customer's report is read
 * instead ({@link ExistingReport}), or, with {@code existing.when}, either one as the customer
 * chooses; names may come from parameters ({@link ReportNames}, {@link ReportParameters}).
 */
final class CostReportCompiler {
  // The logical ids of what the section creates (the last three with mode lambda only).
  public static final String BUCKET = "CostReportBucket";
  public static final String BUCKET_POLICY = "CostReportBucketPolicy";
  public static final String REPORT = "CostReport";
  public static final String FUNCTION = "CostReportFunction";
  public static final String FUNCTION_ROLE = "CostReportFunctionRole";
  public static final String LOG_GROUP = "CostReportLogGroup";

  /** The console group of the section's parameters. */
  public static final String GROUP = "Cost and Usage Report";

  static final String CHINA = "IsChinaPartition";

  private final Blueprint blueprint;
  private final CostReportSpec spec;
  private final SourceMap source;

  /** The section of {@code blueprint}, which must have a {@code costReport}. */
  public CostReportCompiler(Blueprint blueprint, SourceMap source) {
    this.blueprint = blueprint;
    this.spec = blueprint.costReport();
    this.source = source;
  }

  /** Declares the KMS key parameter the bucket names, unless the blueprint declares it itself. */
  public void declareParameters(TemplateBuilder builder) {
    String kms = spec.bucket().kmsKeyParameter();
    if (kms != null && creates() && !builder.hasParameter(kms)) {
      builder.parameter(
          kms,
          new ParameterSpec(
              kms,
              ParameterSpec.Type.STRING,
              "ARN of the KMS key that encrypts the report bucket. Its key policy must let"
                  + " billingreports.amazonaws.com and bcm-data-exports.amazonaws.com use it.",
              "KMS key ARN for the report bucket",
              GROUP,
              null,
              null,
              "^arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/[a-zA-Z0-9-]+$",
              "Must be the ARN of a KMS key.",
              false,
              null,
              null));
    }
    ReportParameters.declare(spec, builder);
  }

  /** Adds everything the section needs to {@code builder}; problems go to {@code diagnostics}. */
  public void compile(TemplateBuilder builder, Diagnostics diagnostics) {
    if (spec.existing() == null) {
      create(builder, diagnostics);
      return;
    }
    ExistingReport existing = new ExistingReport(blueprint, spec, source);
    existing.addConditions(builder);
    // The blueprint's own outputs, compiled before, keep their own conditions.
    Set<String> outputsBefore = Set.copyOf(builder.outputs().keySet());
    if (existing.switched()) {
      Set<String> before = Set.copyOf(builder.resources().keySet());
      create(builder, diagnostics);
      existing.conditionCreated(builder, before);
    }
    existing.addTo(builder, outputsBefore);
  }

  /** Whether the stack may create the report: always, or when the customer chooses to. */
  boolean creates() {
    return spec.existing() == null || spec.existing().when() != null;
  }

  private void create(TemplateBuilder builder, Diagnostics diagnostics) {
    builder.resource(BUCKET, ReportBucket.bucket(spec), source.at("costReport.bucket"));
    builder.resource(BUCKET_POLICY, ReportBucket.policy(spec), source.at("costReport.bucket"));
    if (spec.mode() == CostReportSpec.Mode.LAMBDA) {
      builder.condition(CHINA, new Fn.Equals(Fn.ref("AWS::Partition"), "aws-cn"));
      new ReportLambda(spec, source).addTo(builder, diagnostics);
    } else {
      builder.resource(REPORT, NativeReport.resource(spec), source.at("costReport.report"));
      builder.rule(NativeReport.US_EAST_1_RULE, NativeReport.usEast1Rule());
    }
    new ReportReaders(blueprint, spec, source).addTo(builder);
    ReportOutputs.addTo(builder, spec);
  }
}

package dev.onramp.compile.costreport;

import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET;
import static dev.onramp.compile.costreport.CostReportCompiler.REPORT;

import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.Kind;
import dev.onramp.blueprint.model.CostReportSpec.ReportSpec;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;

/** What the stack tells the vendor about the report: bucket, name, ARN and key prefix. */
final class ReportOutputs {
  private ReportOutputs() {}

  static void addTo(TemplateBuilder builder, CostReportSpec spec) {
    ReportSpec report = spec.report();
    builder.output(
        "CostReportBucketName",
        new Template.Output("Bucket that receives the report", Fn.ref(BUCKET), null, null));
    builder.output(
        "CostReportName",
        new Template.Output("Name of the report", new ReportNames(spec).reportName(), null, null));
    builder.output(
        "CostReportArn", new Template.Output("ARN of the report", arn(spec), null, null));
    builder.output(
        "CostReportPrefix",
        new Template.Output(
            "Key prefix of the report in the bucket", new ReportNames(spec).prefix(), null, null));
  }

  /** The report's ARN, as each way of creating it exposes it. */
  private static Object arn(CostReportSpec spec) {
    ReportSpec report = spec.report();
    boolean legacy = report.kind() == Kind.LEGACY;
    if (spec.mode() == CostReportSpec.Mode.NATIVE) {
      return legacy
          ? Fn.sub(
              "arn:${AWS::Partition}:cur:${AWS::Region}:${AWS::AccountId}:definition/"
                  + new ReportNames(spec).reportNameText())
          : Fn.getAtt(REPORT, "ExportArn");
    }
    return legacy ? Fn.getAtt(REPORT, "ReportArn") : Fn.ref(REPORT);
  }
}

package dev.onramp.compile.costreport;

import static dev.onramp.compile.costreport.CostReportCompiler.BUCKET;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.compile.reuse.ExistingRoles;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read access to the report prefix, and nothing else of the bucket, for each role that reads the
 * report ({@code readBy}, or every role of the blueprint): one managed policy per role.
 */
final class ReportReaders {
  private final Blueprint blueprint;
  private final CostReportSpec spec;
  private final SourceMap source;

  ReportReaders(Blueprint blueprint, CostReportSpec spec, SourceMap source) {
    this.blueprint = blueprint;
    this.spec = spec;
    this.source = source;
  }

  /** The ids of the roles that read the report: {@code readBy}, or every role. */
  static List<String> readers(Blueprint blueprint, CostReportSpec spec) {
    return spec.readBy().isEmpty()
        ? blueprint.roles().stream().map(RoleSpec::id).toList()
        : spec.readBy();
  }

  void addTo(TemplateBuilder builder) {
    for (String role : readers(blueprint, spec)) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Description", "Read access to the Cost and Usage Report prefix only.");
      properties.put("PolicyDocument", PolicySplitter.document(statements()));
      properties.put("Roles", List.of(ExistingRoles.reference(blueprint, role)));
      builder.resource(
          role + "CostReportReadPolicy",
          Template.Resource.of("AWS::IAM::ManagedPolicy", properties),
          source.at("costReport.readBy"));
    }
  }

  private List<Map<String, Object>> statements() {
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(
        Statements.allow(
            "ReadCostReports",
            "s3:GetObject",
            Fn.sub("${" + BUCKET + ".Arn}/" + new ReportNames(spec).prefixText() + "/*"),
            null));
    statements.add(
        Statements.allow(
            "ListCostReports",
            "s3:ListBucket",
            Fn.getAtt(BUCKET, "Arn"),
            Map.of("StringLike", Map.of("s3:prefix", new ReportNames(spec).prefixAnd("/*")))));
    statements.add(
        Statements.allow(
            "LocateCostReportBucket", "s3:GetBucketLocation", Fn.getAtt(BUCKET, "Arn"), null));
    String kms = spec.bucket().kmsKeyParameter();
    if (kms != null) {
      statements.add(
          Statements.allow(
              "DecryptCostReports",
              "kms:Decrypt",
              Fn.ref(kms),
              Map.of(
                  "StringEquals",
                  Map.of("kms:ViaService", Fn.sub("s3.${AWS::Region}.${AWS::URLSuffix}")))));
    }
    return statements;
  }
}

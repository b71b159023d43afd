package dev.onramp.compile.costreport;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.CostReportSpec.Kind;
import dev.onramp.blueprint.model.ExistingCostReportSpec;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.compile.reuse.ExistingRoles;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer's existing report and bucket ({@code costReport.existing}): no bucket, report or
 * function, only read access for each reading role to the report prefix of the named bucket and to
 * the report's definition, and outputs that name them. With {@code existing.when}, the created
 * report's resources exist under {@link #CREATES_NEW} and these grants under {@link
 * #USES_EXISTING}, its opposite, so exactly one of the two is in the stack.
 */
final class ExistingReport {
  static final String USES_EXISTING = "CostReportUsesExisting";
  static final String CREATES_NEW = "CostReportCreatesNew";
  static final String NAMED_RULE = "ExistingCostReportNamed";

  private final Blueprint blueprint;
  private final CostReportSpec spec;
  private final ExistingCostReportSpec existing;
  private final SourceMap source;

  ExistingReport(Blueprint blueprint, CostReportSpec spec, SourceMap source) {
    this.blueprint = blueprint;
    this.spec = spec;
    this.existing = spec.existing();
    this.source = source;
  }

  /** Whether the customer chooses at deploy time; else the existing report is always used. */
  boolean switched() {
    return existing.when() != null;
  }

  /**
   * The two opposite conditions of the choice, when there is one, and a Rule that refuses the
   * choice of the existing report while a parameter only it uses is empty (the parameters may be
   * empty for a stack that creates its report, and an empty name would grant nothing useful).
   */
  void addConditions(TemplateBuilder builder) {
    if (!switched()) {
      return;
    }
    Object uses = switchBody(existing.when());
    builder.condition(USES_EXISTING, uses);
    builder.condition(CREATES_NEW, new Fn.Not(uses));
    List<Object> assertions = new ArrayList<>();
    for (String parameter : ownParameters()) {
      Map<String, Object> assertion = new LinkedHashMap<>();
      assertion.put(
          "Assert",
          new Fn.Or(List.of(new Fn.Not(uses), new Fn.Not(new Fn.Equals(Fn.ref(parameter), "")))));
      assertion.put(
          "AssertDescription",
          "The existing Cost and Usage Report is chosen: fill in " + parameter + ".");
      assertions.add(assertion);
    }
    if (!assertions.isEmpty()) {
      builder.rule(NAMED_RULE, Map.of("Assertions", assertions));
    }
  }

  /** The existing report's parameters that the created report does not share, in key order. */
  private List<String> ownParameters() {
    Set<String> created = new HashSet<>();
    created.add(spec.bucket().nameParameter());
    created.add(spec.prefixParameter());
    if (spec.report() != null) {
      created.add(spec.report().nameParameter());
    }
    List<String> own = new ArrayList<>();
    for (String parameter :
        Arrays.asList(
            existing.bucketParameter(),
            existing.prefixParameter(),
            existing.reportNameParameter(),
            existing.regionParameter())) {
      if (parameter != null && !created.contains(parameter) && !own.contains(parameter)) {
        own.add(parameter);
      }
    }
    return own;
  }

  /** Puts every resource added since {@code before} (the created report) under CREATES_NEW. */
  void conditionCreated(TemplateBuilder builder, Set<String> before) {
    for (Map.Entry<String, Template.Resource> entry : List.copyOf(builder.resources().entrySet())) {
      if (!before.contains(entry.getKey())) {
        builder.resource(entry.getKey(), entry.getValue().withCondition(CREATES_NEW), null);
      }
    }
  }

  /**
   * The read grants, then the outputs (the created report's, made to name either report; {@code
   * outputsBefore}, the blueprint's own, are left as they are).
   */
  void addTo(TemplateBuilder builder, Set<String> outputsBefore) {
    for (String role : ReportReaders.readers(blueprint, spec)) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put(
          "Description", "Read access to the existing Cost and Usage Report's prefix only.");
      properties.put("PolicyDocument", PolicySplitter.document(statements()));
      properties.put("Roles", List.of(ExistingRoles.reference(blueprint, role)));
      Template.Resource policy = Template.Resource.of("AWS::IAM::ManagedPolicy", properties);
      builder.resource(
          role + "ExistingCostReportReadPolicy",
          switched() ? policy.withCondition(USES_EXISTING) : policy,
          source.at("costReport.existing"));
    }
    if (switched()) {
      eitherOutputs(builder, outputsBefore);
    } else {
      output(builder, "CostReportBucketName", "Bucket that receives the report", bucket());
      output(builder, "CostReportName", "Name of the report", reportName());
      output(builder, "CostReportPrefix", "Key prefix of the report in the bucket", prefix());
    }
    if (existing.regionParameter() != null) {
      output(
          builder,
          "CostReportBucketRegion",
          "Region of the report bucket",
          switched() ? Fn.ifThen(USES_EXISTING, region(), Fn.ref("AWS::Region")) : region());
    }
  }

  /** The created report's outputs, each naming the existing one's part when it is used. */
  private void eitherOutputs(TemplateBuilder builder, Set<String> outputsBefore) {
    Map<String, Object> existingValues =
        Map.of(
            "CostReportBucketName", bucket(),
            "CostReportName", reportName(),
            "CostReportPrefix", prefix());
    builder
        .outputs()
        .forEach(
            (name, output) -> {
              Object value = existingValues.get(name);
              if (outputsBefore.contains(name) || output.value().equals(value)) {
                return; // The created report takes this name from the same parameter.
              }
              builder.output(
                  name,
                  value == null
                      ? new Template.Output(
                          output.description(), output.value(), CREATES_NEW, output.exportName())
                      : new Template.Output(
                          output.description(),
                          Fn.ifThen(USES_EXISTING, value, output.value()),
                          output.condition(),
                          output.exportName()));
            });
  }

  private List<Map<String, Object>> statements() {
    String bucketArn = "arn:${AWS::Partition}:s3:::${" + existing.bucketParameter() + "}";
    String prefix = "${" + existing.prefixParameter() + "}";
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(
        Statements.allow(
            "ReadCostReports", "s3:GetObject", Fn.sub(bucketArn + "/" + prefix + "/*"), null));
    statements.add(
        Statements.allow(
            "ListCostReports",
            "s3:ListBucket",
            Fn.sub(bucketArn),
            Map.of("StringLike", Map.of("s3:prefix", Fn.sub(prefix + "/*")))));
    statements.add(
        Statements.allow(
            "LocateCostReportBucket", "s3:GetBucketLocation", Fn.sub(bucketArn), null));
    if (kind() == Kind.LEGACY) {
      // DescribeReportDefinitions has no resource-level permissions.
      statements.add(
          Statements.allow(
              "DescribeCostReportDefinition", "cur:DescribeReportDefinitions", "*", null));
    } else {
      statements.add(
          Statements.allow(
              "ReadCostReportExport",
              "bcm-data-exports:GetExport",
              Fn.sub("arn:${AWS::Partition}:bcm-data-exports:*:${AWS::AccountId}:export/*"),
              null));
      // ListExports, which finds the export's ARN by its name, has no resource-level permissions.
      statements.add(
          Statements.allow("FindCostReportExport", "bcm-data-exports:ListExports", "*", null));
    }
    return statements;
  }

  /** The existing report's kind: as written, else the created report's, else legacy. */
  Kind kind() {
    if (existing.kind() != null) {
      return existing.kind();
    }
    return spec.report() != null ? spec.report().kind() : Kind.LEGACY;
  }

  private Object bucket() {
    return Fn.ref(existing.bucketParameter());
  }

  private Object prefix() {
    return Fn.ref(existing.prefixParameter());
  }

  private Object reportName() {
    return Fn.ref(existing.reportNameParameter());
  }

  private Object region() {
    return Fn.ref(existing.regionParameter());
  }

  private static void output(TemplateBuilder builder, String name, String text, Object value) {
    builder.output(name, new Template.Output(text, value, null, null));
  }

  /** On when the switch's parameter has its value (or one of its values). */
  static Object switchBody(Switch when) {
    if (when.values().size() == 1) {
      return new Fn.Equals(Fn.ref(when.parameter()), when.values().get(0));
    }
    List<Object> alternatives = new ArrayList<>();
    for (String value : when.values()) {
      alternatives.add(new Fn.Equals(Fn.ref(when.parameter()), value));
    }
    return new Fn.Or(alternatives);
  }
}

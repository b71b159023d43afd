package dev.onramp.compile;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.costreport.CostReportCompiler;
import dev.onramp.compile.organization.OrganizationFanOut;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a checked blueprint into the template model: parameters with their console labels and
 * groups, the switch conditions, the roles and their policies, the outputs.
 */
public final class TemplateCompiler {
  static final String EXTERNAL_ID_GROUP = "Vendor connection (filled in by the vendor's link)";
  static final String ROLE_GROUP = "Role settings";
  private static final String BOUNDARY_PATTERN = "^$|^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/.+$";

  private TemplateCompiler() {}

  /**
   * Validates and compiles one blueprint. Problems go to {@code diagnostics}; the template is
   * absent when any of them is an error.
   */
  public static Optional<CompiledTemplate> compile(
      ParsedBlueprint parsed, Diagnostics diagnostics) {
    return compile(parsed, MemberTemplates.NONE, diagnostics);
  }

  /**
   * Validates and compiles one blueprint, looking up an organization's member blueprint among
   * {@code members}. Problems go to {@code diagnostics}; the template is absent when any of them is
   * an error.
   */
  public static Optional<CompiledTemplate> compile(
      ParsedBlueprint parsed, MemberTemplates members, Diagnostics diagnostics) {
    Diagnostics own = new Diagnostics();
    BlueprintValidator.validate(parsed, own);
    if (own.hasErrors()) {
      diagnostics.addAll(own.sorted());
      return Optional.empty();
    }
    Blueprint blueprint = parsed.model();
    TemplateBuilder builder = new TemplateBuilder();
    Optional<CostReportCompiler> costReport =
        Optional.ofNullable(blueprint.costReport())
            .map(unused -> new CostReportCompiler(blueprint, parsed.source()));
    declareParameters(blueprint, costReport, builder);
    SwitchConditions switches = new SwitchConditions();
    RoleCompiler roles =
        new RoleCompiler(blueprint, parsed.source(), own, switches, builder.parameters().keySet());
    Map<String, Template.Resource> roleResources = new LinkedHashMap<>();
    Map<String, SourceLocation> roleOrigins = new LinkedHashMap<>();
    for (int i = 0; i < blueprint.roles().size(); i++) {
      roles.compile(i, blueprint.roles().get(i), roleResources, roleOrigins);
    }
    roleResources.forEach((id, resource) -> builder.resource(id, resource, roleOrigins.get(id)));
    switches.all().forEach(builder::condition);
    outputs(blueprint).forEach(builder::output);
    costReport.ifPresent(section -> section.compile(builder, own));
    if (blueprint.callback() != null) {
      compileCallback(blueprint, parsed.source(), builder);
    }
    if (blueprint.organization() != null) {
      Optional<OrganizationFanOut> organization = OrganizationFanOut.of(parsed, members, own);
      if (organization.isEmpty()) {
        diagnostics.addAll(own.sorted());
        return Optional.empty();
      }
      Diagnostics fanOut = new Diagnostics();
      organization.get().compile(builder, fanOut);
      own.addAll(fanOut.sorted());
      if (fanOut.hasErrors()) {
        diagnostics.addAll(own.sorted());
        return Optional.empty();
      }
    }
    Map<String, Template.Resource> resources = new LinkedHashMap<>(builder.resources());
    new SuppressionCompiler(blueprint.suppressions())
        .applyToResources(resources, parsed.source(), own);
    Template template =
        new Template(
            description(blueprint),
            metadata(blueprint, builder.parameters(), builder.onrampEntries()),
            templateParameters(blueprint, builder.parameters()),
            builder.rules(),
            builder.conditions(),
            resources,
            builder.outputs());
    Optional<CompiledTemplate> compiled =
        own.hasErrors()
            ? Optional.empty()
            : Optional.of(
                CompiledTemplate.of(
                    parsed.name(), parsed.source().file(), template, builder.origins()));
    compiled.ifPresent(result -> TemplateLimits.check(result, parsed.source(), own));
    diagnostics.addAll(own.sorted());
    return own.hasErrors() ? Optional.empty() : compiled;
  }

  /**
   * Runs the map-based callback compiler against {@code builder}: it only adds entries, and reads
   * the outputs. (Branch orgcur adapts this call site only; the callback section is B1's.)
   */
  private static void compileCallback(
      Blueprint blueprint, SourceMap source, TemplateBuilder builder) {
    Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    Map<String, SourceLocation> origins = new LinkedHashMap<>();
    Map<String, Object> conditions = new LinkedHashMap<>();
    Map<String, Object> rules = new LinkedHashMap<>();
    new CallbackCompiler(blueprint, source)
        .compile(
            parameters,
            resources,
            origins,
            conditions,
            rules,
            new LinkedHashMap<>(builder.outputs()));
    parameters.forEach(builder::parameter);
    resources.forEach((id, resource) -> builder.resource(id, resource, origins.get(id)));
    conditions.forEach(builder::condition);
    rules.forEach(builder::rule);
  }

  private static String description(Blueprint blueprint) {
    String description = blueprint.metadata().description();
    return description.isEmpty()
        ? "Onboarding stack " + blueprint.metadata().name() + " " + blueprint.metadata().version()
        : description;
  }

  /**
   * Every parameter the template declares, in console order: the ExternalId, the blueprint's own,
   * then permissions-boundary and region-list parameters the blueprint names without declaring.
   */
  private static void declareParameters(
      Blueprint blueprint, Optional<CostReportCompiler> costReport, TemplateBuilder all) {
    ExternalIdSpec externalId = blueprint.externalId();
    all.parameter(externalId.parameter(), null);
    blueprint.parameters().forEach(parameter -> all.parameter(parameter.name(), parameter));
    for (RoleSpec role : blueprint.roles()) {
      String boundary = role.permissionsBoundaryParameter();
      if (boundary != null && !all.hasParameter(boundary)) {
        all.parameter(
            boundary,
            new ParameterSpec(
                boundary,
                ParameterSpec.Type.STRING,
                "ARN of a managed policy used as the permissions boundary of the vendor's role."
                    + " Leave empty for none.",
                "Permissions boundary ARN (optional)",
                ROLE_GROUP,
                "",
                null,
                BOUNDARY_PATTERN,
                "Must be empty or the ARN of an IAM managed policy.",
                false,
                null,
                null));
      }
    }
    for (RoleSpec role : blueprint.roles()) {
      String regions = role.regionsParameter();
      if (regions != null && !all.hasParameter(regions)) {
        all.parameter(
            regions,
            new ParameterSpec(
                regions,
                ParameterSpec.Type.COMMA_DELIMITED_LIST,
                "Regions the vendor's role may act in, comma separated, such as"
                    + " eu-west-1,us-east-1. Leave empty for every region. Global services (IAM,"
                    + " Organizations, billing) stay usable.",
                "Regions (optional, empty for all)",
                ROLE_GROUP,
                "",
                null,
                null,
                null,
                false,
                null,
                null));
      }
    }
    if (blueprint.organization() != null) {
      OrganizationFanOut.declareParameters(blueprint.organization(), all);
    }
    costReport.ifPresent(section -> section.declareParameters(all));
  }

  private static Map<String, Template.Parameter> templateParameters(
      Blueprint blueprint, Map<String, ParameterSpec> parameters) {
    Map<String, Template.Parameter> out = new LinkedHashMap<>();
    parameters.forEach(
        (name, spec) -> {
          if (spec == null) {
            out.put(name, externalIdParameter(blueprint.externalId()));
          } else {
            out.put(
                name,
                new Template.Parameter(
                    spec.type().cloudFormationType(),
                    spec.description(),
                    spec.defaultValue(),
                    spec.allowedValues(),
                    spec.allowedPattern(),
                    spec.constraintDescription(),
                    spec.noEcho(),
                    spec.minLength(),
                    spec.maxLength()));
          }
        });
    return out;
  }

  private static Template.Parameter externalIdParameter(ExternalIdSpec externalId) {
    return new Template.Parameter(
        "String",
        externalId.description(),
        null,
        List.of(),
        ExternalIdSpec.ALLOWED_PATTERN,
        "Must be 2 to 1224 characters: letters, digits and + = , . @ : / - _",
        false,
        2,
        1224);
  }

  private static Map<String, Object> metadata(
      Blueprint blueprint, Map<String, ParameterSpec> parameters, Map<String, Object> extra) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, Object> labels = new LinkedHashMap<>();
    parameters.forEach(
        (name, spec) -> {
          String group = spec == null ? EXTERNAL_ID_GROUP : spec.group();
          String label = spec == null ? blueprint.externalId().label() : spec.label();
          if (!group.isEmpty()) {
            groups.computeIfAbsent(group, unused -> new ArrayList<>()).add(name);
          }
          if (!label.isEmpty()) {
            labels.put(name, Map.of("default", label));
          }
        });
    List<Object> parameterGroups = new ArrayList<>();
    groups.forEach(
        (label, names) -> {
          Map<String, Object> group = new LinkedHashMap<>();
          group.put("Label", Map.of("default", label));
          group.put("Parameters", names);
          parameterGroups.add(group);
        });
    Map<String, Object> console = new LinkedHashMap<>();
    console.put("ParameterGroups", parameterGroups);
    if (!labels.isEmpty()) {
      console.put("ParameterLabels", labels);
    }
    Map<String, Object> onramp = new LinkedHashMap<>();
    onramp.put("Blueprint", blueprint.metadata().name());
    onramp.put("BlueprintVersion", blueprint.metadata().version());
    onramp.putAll(extra);
    SuppressionCompiler suppressions = new SuppressionCompiler(blueprint.suppressions());
    List<Object> entries = suppressions.templateEntries();
    if (!entries.isEmpty()) {
      onramp.put("Suppressions", entries);
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("AWS::CloudFormation::Interface", console);
    metadata.put("Onramp", onramp);
    Map<String, Object> cfnLint = suppressions.templateCfnLint();
    if (!cfnLint.isEmpty()) {
      metadata.put("cfn-lint", cfnLint);
    }
    return metadata;
  }

  private static Map<String, Template.Output> outputs(Blueprint blueprint) {
    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    for (OutputSpec output : blueprint.outputs()) {
      Object value;
      if (output.parameter() != null) {
        value = Fn.ref(output.parameter());
      } else if (output.attribute() == OutputSpec.Attribute.NAME) {
        value = Fn.ref(output.role());
      } else {
        value = Fn.getAtt(output.role(), output.attribute().label());
      }
      outputs.put(output.name(), new Template.Output(output.description(), value, null, null));
    }
    return outputs;
  }
}

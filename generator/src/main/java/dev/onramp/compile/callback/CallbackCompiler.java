package dev.onramp.compile.callback;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.ExternalIdValue;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.compile.section.TemplateMetadata;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the {@code notify} section: a custom resource whose ServiceToken is the vendor's SNS
 * topic, so CloudFormation tells the vendor that the account's role exists (Create), changed
 * (Update) or is gone (Delete). It is created in one region per account only: a StackSet that gives
 * an account stacks in several regions names the registering region in {@link #REGION_PARAMETER}.
 */
public final class CallbackCompiler {
  /** The parameter naming the region whose stack registers the account; empty means this one. */
  public static final String REGION_PARAMETER = "RegistrationRegion";

  /** The condition under which this stack's custom resource exists. */
  public static final String REGISTERS_CONDITION = "RegistersInThisRegion";

  /** The custom resource's logical id. */
  public static final String RESOURCE = "VendorRegistration";

  public static final String RESOURCE_TYPE = "Custom::OnrampRegistration";

  /**
   * The standard properties every registration sends (with {@code standardProperties} on), in
   * order; {@link #OUTPUTS_PROPERTY} follows when the blueprint sends outputs.
   */
  public static final List<String> STANDARD_PROPERTIES =
      List.of(
          "RoleArn",
          "ExternalId",
          "AccountId",
          "Partition",
          "Region",
          "StackId",
          "Blueprint",
          "TemplateVersion",
          "TemplateSha256");

  /** The standard property that carries the outputs the blueprint sends. */
  public static final String OUTPUTS_PROPERTY = "Outputs";

  /** Names CloudFormation gives a meaning of its own in a custom resource's properties. */
  public static final List<String> RESERVED_PROPERTIES = List.of("ServiceToken", "ServiceTimeout");

  static final String TOPIC_REGION_RULE = "RegistrationInTopicRegion";

  /** A region code, or empty; the same shape the blueprint's regions are checked against. */
  static final String REGION_PATTERN = "^$|^[a-z]{2}(-gov)?-[a-z]+-\\d$";

  private final Blueprint blueprint;
  private final NotifySpec spec;
  private final SnsTopicArn topic;
  private final SourceMap source;

  /** For a blueprint whose {@code notify} section passed {@link CallbackValidation}. */
  CallbackCompiler(Blueprint blueprint, SourceMap source) {
    this.blueprint = blueprint;
    this.spec = blueprint.callback();
    this.topic =
        SnsTopicArn.parse(spec.topicArn())
            .orElseThrow(() -> new IllegalStateException("unchecked topic " + spec.topicArn()));
    this.source = source;
  }

  /**
   * Adds the region parameter (labeled and grouped like the others), the condition, the rule and
   * the custom resource, whose {@code Outputs} carry the values of the chosen outputs of {@code
   * template}.
   */
  void compile(TemplateBuilder template) {
    template.parameter(REGION_PARAMETER, regionParameter());
    template.condition(
        REGISTERS_CONDITION,
        new Fn.Or(
            List.of(
                new Fn.Equals(Fn.ref(REGION_PARAMETER), ""),
                new Fn.Equals(Fn.ref(REGION_PARAMETER), Fn.ref("AWS::Region")))));
    if (!topic.perRegion()) {
      template.rule(TOPIC_REGION_RULE, topicRegionRule());
    }
    template.resource(
        RESOURCE,
        Template.Resource.of(
                spec.resourceType() == null ? RESOURCE_TYPE : spec.resourceType(),
                properties(template.outputs()))
            .withCondition(REGISTERS_CONDITION),
        source.at("notify"));
    template.registration(RESOURCE);
  }

  private static ParameterSpec regionParameter() {
    return new ParameterSpec(
        REGION_PARAMETER,
        ParameterSpec.Type.STRING,
        "Region whose stack registers this account with the vendor; leave empty (a StackSet"
            + " fills it in so an account that gets a stack in several regions is registered"
            + " once).",
        "Registration region",
        TemplateMetadata.EXTERNAL_ID_GROUP,
        "",
        null,
        REGION_PATTERN,
        "Must be empty or a region code such as us-east-1.",
        false,
        null,
        null);
  }

  /**
   * CloudFormation sends a custom resource's request only to a topic in the stack's own region; a
   * stack elsewhere that would register is refused before anything is created, with a message that
   * says why, rather than failing halfway with SNS's "Invalid parameter: TopicArn".
   */
  private Map<String, Object> topicRegionRule() {
    Object inTopicRegion = new Fn.Equals(Fn.ref("AWS::Region"), topic.region());
    Object registersElsewhere =
        new Fn.And(
            List.of(
                new Fn.Not(new Fn.Equals(Fn.ref(REGION_PARAMETER), "")),
                new Fn.Not(new Fn.Equals(Fn.ref(REGION_PARAMETER), Fn.ref("AWS::Region")))));
    Map<String, Object> assertion = new LinkedHashMap<>();
    assertion.put("Assert", new Fn.Or(List.of(inTopicRegion, registersElsewhere)));
    assertion.put(
        "AssertDescription",
        "This stack registers the account with the vendor through an SNS topic in "
            + topic.region()
            + ", and CloudFormation sends a custom resource's request only to a topic in the"
            + " stack's own region. Create the stack in "
            + topic.region()
            + ", or set "
            + REGION_PARAMETER
            + " to the region whose stack registers this account.");
    return Map.of("Assertions", List.of(assertion));
  }

  private Map<String, Object> properties(Map<String, Template.Output> outputs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ServiceToken", Fn.sub(topic.partitionAware()));
    // Without it CloudFormation waits an hour for a vendor that never answers.
    properties.put("ServiceTimeout", spec.timeoutSeconds());
    if (spec.standardProperties()) {
      standardProperties(properties, outputs);
    }
    properties.putAll(VendorProperties.compile(spec.properties(), outputs));
    return properties;
  }

  private void standardProperties(
      Map<String, Object> properties, Map<String, Template.Output> outputs) {
    String role = spec.role() == null ? blueprint.roles().get(0).id() : spec.role();
    properties.put("RoleArn", Fn.getAtt(role, "Arn"));
    properties.put("ExternalId", ExternalIdValue.of(blueprint));
    properties.put("AccountId", Fn.ref("AWS::AccountId"));
    properties.put("Partition", Fn.ref("AWS::Partition"));
    properties.put("Region", Fn.ref("AWS::Region"));
    properties.put("StackId", Fn.ref("AWS::StackId"));
    properties.put("Blueprint", blueprint.metadata().name());
    properties.put("TemplateVersion", blueprint.metadata().version());
    // The template's own SHA-256 in canonical form, stamped in after rendering (TemplateIdentity).
    properties.put("TemplateSha256", TemplateIdentity.BLANK);
    if (!spec.outputs().isEmpty()) {
      Map<String, Object> sent = new LinkedHashMap<>();
      spec.outputs().forEach(name -> sent.put(name, VendorProperties.sent(outputs.get(name))));
      properties.put(OUTPUTS_PROPERTY, sent);
    }
  }
}

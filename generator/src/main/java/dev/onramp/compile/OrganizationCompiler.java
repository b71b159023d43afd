package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.OrganizationSpec.OperationPreferencesSpec;
import dev.onramp.blueprint.model.OrganizationSpec.PermissionModel;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.check.StackSetNamedIamCheck;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles an organization section: the StackSet that gives every member account the member
 * blueprint's own template (embedded, or by its published URL when too large), the parameters it
 * passes on, and the switch that creates the member resources in the management account too.
 */
final class OrganizationCompiler {
  static final String STACK_SET = "MemberStackSet";
  static final String ADMINISTRATION_ROLE = "StackSetAdministrationRole";
  static final String MANAGEMENT_CONDITION = "OnboardsManagementAccount";

  /** The most a StackSet's TemplateBody may hold; larger templates must come from S3. */
  static final int TEMPLATE_BODY_LIMIT = 51_200;

  static final String MANAGEMENT_REGISTRATION_RULE = "ManagementRegistrationInTopicRegion";

  private final Blueprint blueprint;
  private final OrganizationSpec organization;
  private final SourceMap source;
  private final MemberTemplates members;
  private final Diagnostics diagnostics;

  /** The regions the member stacks go to, set once the member is known. */
  private List<Object> regions = List.of();

  /**
   * The region whose member stack registers the account with the vendor: the first region, or the
   * region of a member's single-region topic, the only one where its custom resource can work.
   */
  private Object registrationRegion = "";

  OrganizationCompiler(ParsedBlueprint parsed, MemberTemplates members, Diagnostics diagnostics) {
    this.blueprint = parsed.model();
    this.organization = parsed.model().organization();
    this.source = parsed.source();
    this.members = members;
    this.diagnostics = diagnostics;
  }

  /** What the compiled fan-out adds to the template. */
  record Parts(
      Map<String, Template.Resource> resources,
      Map<String, SourceLocation> origins,
      Map<String, Object> conditions,
      Map<String, Object> rules,
      Map<String, Template.Output> outputs,
      Map<String, Object> metadata) {}

  /**
   * Compiles the fan-out into {@code parts}, adding member parameters the StackSet passes on to
   * {@code parameters}. Returns false, having reported why, when the member cannot be used.
   */
  boolean compile(Map<String, ParameterSpec> parameters, Parts parts) {
    Optional<Member> member = member();
    if (member.isEmpty()) {
      return false;
    }
    CompiledTemplate template = member.get().template();
    Optional<SnsTopicArn> topic = singleRegionTopic(member.get());
    if (!registrationReachable(member.get(), topic)) {
      return false;
    }
    // A member that registers through a topic in one region is deployed there by default.
    regions =
        !organization.regions().isEmpty()
            ? List.copyOf(organization.regions())
            : topic
                .<List<Object>>map(arn -> List.of(arn.region()))
                .orElse(List.of(Fn.ref("AWS::Region")));
    registrationRegion = topic.<Object>map(SnsTopicArn::region).orElse(regions.get(0));
    Map<String, Object> passedOn = memberParameters(member.get(), parameters);
    Optional<Map<String, Object>> body = templateSource(template);
    if (passedOn == null || body.isEmpty()) {
      return false;
    }
    warnAboutGlobalNames(template);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "StackSetName",
        organization.stackSetName() != null
            ? organization.stackSetName()
            : Fn.sub("${AWS::StackName}-members"));
    properties.put(
        "Description",
        "Onramp member stacks: " + template.name() + " " + versionOf(member.get()) + ".");
    properties.put("PermissionModel", organization.permissionModel().cloudFormation());
    boolean serviceManaged = organization.permissionModel() == PermissionModel.SERVICE_MANAGED;
    if (serviceManaged) {
      Map<String, Object> autoDeployment = new LinkedHashMap<>();
      autoDeployment.put("Enabled", organization.autoDeployment().enabled());
      if (organization.autoDeployment().enabled()) {
        autoDeployment.put(
            "RetainStacksOnAccountRemoval",
            organization.autoDeployment().retainStacksOnAccountRemoval());
      }
      properties.put("AutoDeployment", autoDeployment);
      properties.put("CallAs", organization.callAs().cloudFormation());
    } else {
      properties.put(
          "AdministrationRoleARN",
          Fn.sub(
              "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
                  + organization.administrationRoleOrDefault()));
      properties.put("ExecutionRoleName", organization.executionRoleOrDefault());
    }
    capabilities(template.template())
        .ifPresent(capabilities -> properties.put("Capabilities", capabilities));
    properties.put("ManagedExecution", Map.of("Active", organization.managedExecution()));
    properties.put(
        "OperationPreferences", operationPreferences(organization.operationPreferences()));
    List<Object> passed = new ArrayList<>();
    passedOn.forEach(
        (memberName, value) -> {
          Map<String, Object> parameter = new LinkedHashMap<>();
          parameter.put("ParameterKey", memberName);
          parameter.put("ParameterValue", value);
          passed.add(parameter);
        });
    if (!passed.isEmpty()) {
      properties.put("Parameters", passed);
    }
    properties.put("StackInstancesGroup", List.of(instances(serviceManaged, parts.conditions())));
    properties.putAll(body.get());
    List<String> dependsOn = new ArrayList<>();
    if (!serviceManaged && organization.createAdministrationRole()) {
      parts.resources().put(ADMINISTRATION_ROLE, administrationRole());
      parts.origins().put(ADMINISTRATION_ROLE, source.at("organization.createAdministrationRole"));
      dependsOn.add(ADMINISTRATION_ROLE);
    }
    parts
        .resources()
        .put(
            STACK_SET,
            new Template.Resource(
                "AWS::CloudFormation::StackSet",
                null,
                dependsOn,
                null,
                null,
                Map.of(),
                properties));
    parts.origins().put(STACK_SET, source.at("organization"));
    parts
        .outputs()
        .put(
            "MemberStackSetId",
            new Template.Output(
                "Id of the StackSet that onboards the member accounts.",
                Fn.ref(STACK_SET),
                null,
                null));
    parts.metadata().put("MemberTemplate", memberMetadata(member.get()));
    return organization.managementAccount() == null
        || copyIntoManagementAccount(member.get(), parameters, parts);
  }

  /**
   * Adds the member's resources, switched on by the management-account parameter: service-managed
   * StackSets never deploy to the management account, and self-managed ones reach it only through
   * an execution role that Organizations does not create there.
   */
  private boolean copyIntoManagementAccount(
      Member member, Map<String, ParameterSpec> parameters, Parts parts) {
    OrganizationSpec.ManagementAccountSpec management = organization.managementAccount();
    String memberExternalId = member.blueprint().model().externalId().parameter();
    if (!memberExternalId.equals(blueprint.externalId().parameter())) {
      diagnostics.error(
          DiagnosticCode.INVALID_ORGANIZATION,
          source.at("organization.managementAccount"),
          "the member's ExternalId parameter is '"
              + memberExternalId
              + "' and this blueprint's is '"
              + blueprint.externalId().parameter()
              + "', so the copy in this account would ask for a second ExternalId",
          "give both blueprints the same externalId.parameter");
      return false;
    }
    parts
        .conditions()
        .put(MANAGEMENT_CONDITION, new Fn.Equals(Fn.ref(management.parameter()), "true"));
    Set<String> taken = new TreeSet<>();
    taken.addAll(parts.resources().keySet());
    taken.addAll(parts.conditions().keySet());
    taken.addAll(parts.outputs().keySet());
    taken.addAll(parameters.keySet());
    MemberCopy.Result copy;
    try {
      copy =
          MemberCopy.of(
              member.template().template(),
              management.logicalIdPrefix(),
              MANAGEMENT_CONDITION,
              Set.of(CallbackCompiler.REGISTERS_CONDITION),
              taken);
    } catch (MemberCopy.IdCollision collision) {
      diagnostics.error(
          DiagnosticCode.DUPLICATE_NAME,
          source.at("organization.managementAccount"),
          "the copy of the member's resources would reuse "
              + String.join(", ", collision.ids())
              + ", already used in this template",
          "set organization.managementAccount.logicalIdPrefix to another prefix");
      return false;
    }
    List<String> sameNames = sameRoleNames(parts.resources(), copy.resources());
    if (!sameNames.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.DUPLICATE_NAME,
          source.at("organization.managementAccount"),
          "this account would get two roles named "
              + String.join(", ", sameNames)
              + ": this blueprint's own and the member's copy",
          "rename one of the roles, or let one of them use naming: generated");
      return false;
    }
    copy.resources()
        .forEach(
            (id, resource) -> {
              parts.resources().put(id, resource);
              parts.origins().put(id, source.at("organization.managementAccount"));
            });
    parts.conditions().putAll(copy.conditions());
    parts.outputs().putAll(copy.outputs());
    singleRegionTopic(member)
        .filter(topic -> copy.resources().values().stream().anyMatch(this::isRegistration))
        .ifPresent(
            topic -> parts.rules().put(MANAGEMENT_REGISTRATION_RULE, topicRegionRule(topic)));
    return true;
  }

  private boolean isRegistration(Template.Resource resource) {
    return resource.type().equals(CallbackCompiler.RESOURCE_TYPE);
  }

  /**
   * The copy registers this account from this stack's region, which works only in the region of the
   * member's topic: a stack elsewhere with the switch on is refused before anything is created.
   */
  private Map<String, Object> topicRegionRule(SnsTopicArn topic) {
    String parameter = organization.managementAccount().parameter();
    Map<String, Object> assertion = new LinkedHashMap<>();
    assertion.put(
        "Assert",
        new Fn.Or(
            List.of(
                new Fn.Equals(Fn.ref(parameter), "false"),
                new Fn.Equals(Fn.ref("AWS::Region"), topic.region()))));
    assertion.put(
        "AssertDescription",
        "With "
            + parameter
            + " true, this account registers with the vendor through an SNS topic in "
            + topic.region()
            + ", which CloudFormation reaches only from a stack in that region. Create the stack"
            + " in "
            + topic.region()
            + ", or set "
            + parameter
            + " to false.");
    return Map.of("Assertions", List.of(assertion));
  }

  /** Fixed role names both this template and the copy would create. */
  private static List<String> sameRoleNames(
      Map<String, Template.Resource> own, Map<String, Template.Resource> copy) {
    Set<Object> names = new java.util.HashSet<>();
    own.values().stream()
        .filter(resource -> resource.type().equals("AWS::IAM::Role"))
        .map(resource -> resource.properties().get("RoleName"))
        .filter(name -> name instanceof String)
        .forEach(names::add);
    return copy.values().stream()
        .filter(resource -> resource.type().equals("AWS::IAM::Role"))
        .map(resource -> resource.properties().get("RoleName"))
        .filter(names::contains)
        .map(String::valueOf)
        .sorted()
        .toList();
  }

  /** The member blueprint and its compiled template. */
  private record Member(ParsedBlueprint blueprint, CompiledTemplate template) {}

  private Optional<Member> member() {
    String name = organization.memberBlueprint();
    Optional<ParsedBlueprint> parsed = members.blueprint(name);
    if (parsed.isEmpty()) {
      Set<String> others = new TreeSet<>(members.names());
      others.remove(blueprint.metadata().name());
      diagnostics.error(
          DiagnosticCode.MEMBER_NOT_FOUND,
          source.at("organization.memberBlueprint"),
          "member blueprint '"
              + name
              + "' is not in this build (it has "
              + String.join(", ", members.names())
              + ")",
          DidYouMean.closest(name, others)
              .map(close -> "did you mean '" + close + "'?")
              .orElse(
                  "add a blueprint with metadata.name: "
                      + name
                      + " next to this one, in the same blueprint directory"));
      return Optional.empty();
    }
    if (parsed.get().model().organization() != null) {
      diagnostics.error(
          DiagnosticCode.INVALID_ORGANIZATION,
          source.at("organization.memberBlueprint"),
          "member blueprint '"
              + name
              + "' has an organization section of its own; fan-outs do not nest",
          "name a blueprint without an organization section, the one member accounts get");
      return Optional.empty();
    }
    // A member with errors of its own has reported them; this blueprint just stops.
    return members.template(name).map(template -> new Member(parsed.get(), template));
  }

  /**
   * Declares in {@code parameters} each member parameter this template does not have yet, and
   * returns what the StackSet passes for each member parameter, or null after reporting a clash.
   * The member's ExternalId is this stack's ExternalId: one tenant, one ExternalId.
   */
  private Map<String, Object> memberParameters(
      Member member, Map<String, ParameterSpec> parameters) {
    Template memberTemplate = member.template().template();
    String memberExternalId = member.blueprint().model().externalId().parameter();
    String externalId = blueprint.externalId().parameter();
    ConsoleText console = ConsoleText.of(memberTemplate);
    Map<String, Object> passedOn = new LinkedHashMap<>();
    boolean clash = false;
    for (Map.Entry<String, Template.Parameter> entry : memberTemplate.parameters().entrySet()) {
      String name = entry.getKey();
      Template.Parameter parameter = entry.getValue();
      if (name.equals(CallbackCompiler.REGION_PARAMETER)) {
        passedOn.put(name, registrationRegion);
        continue;
      }
      String here = name.equals(memberExternalId) ? externalId : name;
      if (!here.equals(externalId)) {
        ParameterSpec existing = parameters.get(here);
        if (existing == null) {
          parameters.put(here, memberParameter(here, parameter, console));
        } else if (!existing.type().cloudFormationType().equals(parameter.type())) {
          diagnostics.error(
              DiagnosticCode.INVALID_ORGANIZATION,
              source.at("organization.memberBlueprint"),
              "the member's parameter '"
                  + name
                  + "' is a "
                  + parameter.type()
                  + ", but this blueprint's '"
                  + here
                  + "' is a "
                  + existing.type().cloudFormationType()
                  + ", and the StackSet passes one to the other",
              "give the two the same type, or rename one of them");
          clash = true;
        }
      }
      passedOn.put(
          name,
          parameter.type().equals("CommaDelimitedList")
              ? new Fn.Join(",", Fn.ref(here))
              : Fn.ref(here));
    }
    return clash ? null : passedOn;
  }

  /** The member's callback topic when it exists in one region only. */
  private static Optional<SnsTopicArn> singleRegionTopic(Member member) {
    return Optional.ofNullable(member.blueprint().model().callback())
        .flatMap(notify -> SnsTopicArn.parse(notify.topicArn()))
        .filter(topic -> !topic.perRegion());
  }

  /**
   * A member whose callback topic is in one region registers only from a stack in that region
   * (CloudFormation publishes only to a topic in the stack's own region), so the fan-out must reach
   * it; and no member stack can publish to a topic in another partition.
   */
  private boolean registrationReachable(Member member, Optional<SnsTopicArn> topic) {
    NotifySpec notify = member.blueprint().model().callback();
    Optional<Partition> partition =
        notify == null
            ? Optional.empty()
            : SnsTopicArn.parse(notify.topicArn()).flatMap(arn -> Partition.ofId(arn.partition()));
    for (int i = 0; i < organization.regions().size(); i++) {
      String region = organization.regions().get(i);
      if (partition.isPresent() && Partition.ofRegion(region) != partition.get()) {
        diagnostics.error(
            DiagnosticCode.WRONG_PARTITION,
            source.at("organization.regions[" + i + "]"),
            "region "
                + region
                + " is not in partition "
                + partition.get().id()
                + " of the member's callback topic, which its stacks could not publish to",
            "deploy the member to regions of " + partition.get().id() + " only");
        return false;
      }
    }
    if (topic.isPresent()
        && !organization.regions().isEmpty()
        && !organization.regions().contains(topic.get().region())) {
      diagnostics.error(
          DiagnosticCode.INVALID_ORGANIZATION,
          source.at("organization.regions"),
          "the member registers with the vendor through an SNS topic in "
              + topic.get().region()
              + ", which CloudFormation reaches only from a stack in that region, and the"
              + " StackSet deploys to "
              + String.join(", ", organization.regions())
              + ", so no account would be registered",
          "add "
              + topic.get().region()
              + " to organization.regions, or give the member a topic in every region"
              + " (arn:...:sns:{region}:...)");
      return false;
    }
    return true;
  }

  private static ParameterSpec memberParameter(
      String name, Template.Parameter parameter, ConsoleText console) {
    return new ParameterSpec(
        name,
        switch (parameter.type()) {
          case "Number" -> ParameterSpec.Type.NUMBER;
          case "CommaDelimitedList" -> ParameterSpec.Type.COMMA_DELIMITED_LIST;
          default -> ParameterSpec.Type.STRING;
        },
        parameter.description(),
        console.labels().getOrDefault(name, ""),
        console.groups().getOrDefault(name, OrganizationParameters.GROUP),
        parameter.defaultValue(),
        parameter.allowedValues(),
        parameter.allowedPattern(),
        parameter.constraintDescription(),
        parameter.noEcho(),
        parameter.minLength(),
        parameter.maxLength());
  }

  /** The console labels and groups of a compiled template's parameters. */
  private record ConsoleText(Map<String, String> labels, Map<String, String> groups) {
    static ConsoleText of(Template template) {
      Map<String, String> labels = new LinkedHashMap<>();
      Map<String, String> groups = new LinkedHashMap<>();
      Map<?, ?> console = asMap(template.metadata().get("AWS::CloudFormation::Interface"));
      asMap(console.get("ParameterLabels"))
          .forEach((name, label) -> labels.put((String) name, textOf(label)));
      if (console.get("ParameterGroups") instanceof List<?> list) {
        for (Object group : list) {
          Map<?, ?> fields = asMap(group);
          String label = textOf(fields.get("Label"));
          if (fields.get("Parameters") instanceof List<?> names) {
            names.forEach(name -> groups.put((String) name, label));
          }
        }
      }
      return new ConsoleText(labels, groups);
    }

    private static Map<?, ?> asMap(Object value) {
      return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String textOf(Object label) {
      return String.valueOf(asMap(label).get("default"));
    }
  }

  /**
   * The member template as the StackSet gets it: its exact bytes as TemplateBody when they fit, or
   * the URL it is published under; empty after reporting that it needs publishing.
   */
  private Optional<Map<String, Object>> templateSource(CompiledTemplate template) {
    int size = template.yamlBytes().length;
    if (size <= TEMPLATE_BODY_LIMIT) {
      return Optional.of(Map.of("TemplateBody", template.yaml()));
    }
    PublishingSpec publishing = blueprint.publishing();
    if (publishing == null) {
      diagnostics.error(
          DiagnosticCode.MEMBER_TEMPLATE_TOO_LARGE,
          source.at("organization.memberBlueprint"),
          String.format(
              java.util.Locale.ROOT,
              "member template '%s' is %,d bytes, more than the %,d a StackSet's TemplateBody"
                  + " holds",
              template.name(),
              size,
              TEMPLATE_BODY_LIMIT),
          "enable publishing so the StackSet reads it from S3: add 'publishing: {bucket:"
              + " <your-bucket>-{region}}' to this blueprint, and publish the member template"
              + " (cfn:publish) before customers create this stack");
      return Optional.empty();
    }
    return Optional.of(Map.of("TemplateURL", Fn.sub(templateUrl(publishing, template))));
  }

  /**
   * The content-addressed URL a member template is published under, in the bucket of the stack's
   * region: {@code https://<bucket>.s3.<region>.<url suffix>/<prefix>/<name>/<version>/<sha>.yaml}.
   */
  static String templateUrl(PublishingSpec publishing, CompiledTemplate template) {
    String host =
        publishing.perRegion()
            ? publishing.bucket().replace(PublishingSpec.REGION_PLACEHOLDER, "${AWS::Region}")
                + ".s3.${AWS::Region}"
            : publishing.bucket() + ".s3." + publishing.bucketRegion();
    return "https://" + host + ".${AWS::URLSuffix}/" + publishedKey(publishing, template);
  }

  static String publishedKey(PublishingSpec publishing, CompiledTemplate template) {
    return publishing.keyOf(
        template.name(), template.version(), ContentHash.sha256Hex(template.yamlBytes()));
  }

  /**
   * IAM names are global to an account: a member template that names an IAM resource fails in every
   * region after the first when the StackSet spans several.
   */
  private void warnAboutGlobalNames(CompiledTemplate template) {
    if (organization.regions().size() < 2) {
      return;
    }
    List<String> named = new ArrayList<>();
    template
        .template()
        .resources()
        .forEach(
            (id, resource) -> {
              String property = StackSetNamedIamCheck.NAME_PROPERTIES.get(resource.type());
              Object name = property == null ? null : resource.properties().get(property);
              if (name != null && !String.valueOf(name).contains("AWS::Region")) {
                named.add(resource.type() + " " + id);
              }
            });
    if (!named.isEmpty()) {
      diagnostics.warning(
          DiagnosticCode.GLOBAL_NAMES_IN_SEVERAL_REGIONS,
          source.at("organization.regions"),
          "the member template names "
              + String.join(", ", named)
              + ", and the StackSet deploys to "
              + organization.regions().size()
              + " regions: IAM names are global to an account, so the stack in every region"
              + " after the first fails on a name already taken",
          "deploy the member to one region, or let the member's roles use naming: generated");
    }
  }

  /** The capabilities the member stacks need: named IAM resources need the stronger one. */
  private static Optional<List<String>> capabilities(Template template) {
    boolean iam = false;
    boolean named = false;
    for (Template.Resource resource : template.resources().values()) {
      iam |= resource.type().startsWith("AWS::IAM::");
      String property = StackSetNamedIamCheck.NAME_PROPERTIES.get(resource.type());
      named |= property != null && resource.properties().containsKey(property);
    }
    if (named) {
      return Optional.of(List.of("CAPABILITY_NAMED_IAM"));
    }
    return iam ? Optional.of(List.of("CAPABILITY_IAM")) : Optional.empty();
  }

  private Map<String, Object> operationPreferences(OperationPreferencesSpec preferences) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfSet(out, "FailureToleranceCount", preferences.failureToleranceCount());
    putIfSet(out, "FailureTolerancePercentage", preferences.failureTolerancePercentage());
    putIfSet(out, "MaxConcurrentCount", preferences.maxConcurrentCount());
    putIfSet(out, "MaxConcurrentPercentage", preferences.maxConcurrentPercentage());
    out.put("RegionConcurrencyType", preferences.regionConcurrency().cloudFormation());
    out.put("ConcurrencyMode", preferences.concurrencyMode().cloudFormation());
    if (regions.size() > 1) {
      out.put("RegionOrder", regions);
    }
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String key, Integer value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /** Where the member stacks go: the OUs (narrowed by the account filter) or the account list. */
  private Map<String, Object> instances(boolean serviceManaged, Map<String, Object> conditions) {
    Map<String, Object> targets = new LinkedHashMap<>();
    List<OrganizationParameters.Added> added = OrganizationParameters.of(organization);
    if (serviceManaged) {
      targets.put("OrganizationalUnitIds", Fn.ref(added.get(0).name()));
      OrganizationSpec.AccountFilterSpec filter = organization.accountFilter();
      if (filter != null && filter.type() == OrganizationSpec.FilterType.DIFFERENCE) {
        // An empty exclusion list must become no filter at all: DIFFERENCE of nothing fails.
        String condition = "Has" + filter.parameter();
        conditions.put(
            condition, new Fn.Not(new Fn.Equals(new Fn.Join("", Fn.ref(filter.parameter())), "")));
        targets.put("Accounts", Fn.ifThen(condition, Fn.ref(filter.parameter()), Fn.noValue()));
        targets.put("AccountFilterType", Fn.ifThen(condition, "DIFFERENCE", "NONE"));
      } else if (filter != null) {
        targets.put("Accounts", Fn.ref(filter.parameter()));
        targets.put("AccountFilterType", filter.type().cloudFormation());
      }
    } else {
      targets.put("Accounts", Fn.ref(added.get(0).name()));
    }
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("DeploymentTargets", targets);
    group.put("Regions", regions);
    return group;
  }

  /**
   * The administration role of a self-managed StackSet, allowed only to assume the execution role
   * in member accounts, and only on behalf of this account's StackSets.
   */
  private Template.Resource administrationRole() {
    String path = organization.administrationRoleOrDefault();
    int slash = path.lastIndexOf('/');
    Map<String, Object> trust = new LinkedHashMap<>();
    trust.put("Version", "2012-10-17");
    Map<String, Object> assume = new LinkedHashMap<>();
    assume.put("Effect", "Allow");
    assume.put("Principal", Map.of("Service", "cloudformation.amazonaws.com"));
    assume.put("Action", "sts:AssumeRole");
    assume.put(
        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Fn.ref("AWS::AccountId"))));
    trust.put("Statement", List.of(assume));
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Effect", "Allow");
    statement.put("Action", "sts:AssumeRole");
    statement.put(
        "Resource",
        Fn.sub("arn:${AWS::Partition}:iam::*:role/" + organization.executionRoleOrDefault()));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("Version", "2012-10-17");
    document.put("Statement", List.of(statement));
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("PolicyName", "AssumeStackSetExecutionRole");
    policy.put("PolicyDocument", document);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("RoleName", path.substring(slash + 1));
    if (slash >= 0) {
      properties.put("Path", "/" + path.substring(0, slash + 1));
    }
    properties.put(
        "Description", "Lets this account's StackSets deploy through the execution role.");
    properties.put("AssumeRolePolicyDocument", trust);
    properties.put("Policies", List.of(policy));
    return Template.Resource.of("AWS::IAM::Role", properties);
  }

  private static String versionOf(Member member) {
    return member.blueprint().model().metadata().version();
  }

  /** What the template records about its member, for publishing and for reviewers. */
  private Map<String, Object> memberMetadata(Member member) {
    CompiledTemplate template = member.template();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Blueprint", template.name());
    out.put("BlueprintVersion", versionOf(member));
    out.put("Sha256", ContentHash.sha256Hex(template.yamlBytes()));
    out.put("Bytes", template.yamlBytes().length);
    if (template.yamlBytes().length > TEMPLATE_BODY_LIMIT) {
      out.put("PublishedKey", publishedKey(blueprint.publishing(), template));
    }
    return out;
  }
}

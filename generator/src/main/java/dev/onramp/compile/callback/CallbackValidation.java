package dev.onramp.compile.callback;

import dev.onramp.aws.AccountId;
import dev.onramp.aws.Arn;
import dev.onramp.aws.Partition;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code notify} section: the topic is a standard SNS topic CloudFormation can publish
 * to from every region the stack is meant for, the role and outputs it sends exist, and nothing it
 * sends reveals a NoEcho parameter.
 */
final class CallbackValidation {
  private static final Pattern TOPIC_NAME = Pattern.compile(Arn.SNS_TOPIC_NAME_REGEX);
  private static final String FIFO_SUFFIX = ".fifo";

  private final SectionContext context;
  private final Blueprint blueprint;
  private final NotifySpec notify;

  private CallbackValidation(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
    this.notify = blueprint.callback();
  }

  /** Reports every problem of the blueprint's {@code notify} section, if it has one. */
  static void check(SectionContext context) {
    if (context.blueprint().callback() != null) {
      new CallbackValidation(context).run();
    }
  }

  private void run() {
    topic().ifPresent(this::checkRegions);
    checkRole();
    checkOutputs();
    checkReservedNames();
    new VendorPropertiesValidation(context).check();
  }

  /** The topic, if its ARN is well formed; every defect of the ARN is reported. */
  private Optional<TopicArn> topic() {
    Optional<SnsTopicArn> parsed = SnsTopicArn.parse(notify.topicArn());
    if (parsed.isEmpty()) {
      context.error(
          DiagnosticCode.INVALID_ARN,
          "notify.topicArn",
          "'" + notify.topicArn() + "' is not an SNS topic ARN",
          "write arn:aws:sns:<region>:<12-digit account>:<topic name>, the ARN the vendor's"
              + " topic shows in the SNS console");
      return Optional.empty();
    }
    SnsTopicArn arn = parsed.get();
    Optional<Partition> partition = Partition.ofId(arn.partition());
    String region = arn.region();
    // Every part is checked (&= does not stop at the first), so each wrong one is named.
    boolean wellFormed =
        validPart(
            partition.isPresent(),
            "'" + arn.partition() + "' in the topic ARN is not a partition",
            "write aws, aws-us-gov or aws-cn after 'arn:'");
    wellFormed &=
        validPart(
            arn.perRegion() || topicRegion(region),
            "'" + region + "' in the topic ARN is not a region",
            "write the topic's region, such as us-east-1, or {region} when the vendor has the"
                + " topic in every region");
    wellFormed &=
        validPart(
            AccountId.isAccountId(arn.account()),
            "'" + arn.account() + "' in the topic ARN is not an AWS account id",
            "write the 12 digits of the account that owns the topic");
    wellFormed &= arn.name().endsWith(FIFO_SUFFIX) ? refuseFifo(arn.name()) : validName(arn.name());
    if (!wellFormed) {
      return Optional.empty();
    }
    Partition written = partition.get();
    Partition ofRegion = arn.perRegion() ? written : Partition.ofRegion(region);
    if (written != ofRegion) {
      context.error(
          DiagnosticCode.WRONG_PARTITION,
          "notify.topicArn",
          "the topic ARN names partition "
              + written.id()
              + ", but its region "
              + region
              + " is in partition "
              + ofRegion.id()
              + ", so no topic has this ARN",
          "write arn:" + ofRegion.id() + ":sns:" + region + ":…, or correct the region");
    }
    return Optional.of(new TopicArn(written, region, written == ofRegion));
  }

  /** Whether a part of the topic ARN is valid, reporting it when it is not. */
  private boolean validPart(boolean valid, String message, String hint) {
    if (!valid) {
      context.error(DiagnosticCode.INVALID_ARN, "notify.topicArn", message, hint);
    }
    return valid;
  }

  private boolean validName(String name) {
    return validPart(
        TOPIC_NAME.matcher(name).matches(),
        "'" + name + "' in the topic ARN is not an SNS topic name",
        "use 1 to 256 letters, digits, hyphens and underscores");
  }

  private boolean refuseFifo(String name) {
    context.error(
        DiagnosticCode.INVALID_CALLBACK,
        "notify.topicArn",
        "topic '"
            + name
            + "' is a FIFO topic, and SNS refuses a message to a FIFO topic without a message"
            + " group id, which CloudFormation never sends",
        "give a standard (non-FIFO) topic; the vendor can forward to a FIFO queue from there");
    return false;
  }

  /**
   * Every region the stack is meant for must be in the topic's partition: CloudFormation cannot
   * publish across partitions. And CloudFormation publishes a custom resource's request only to a
   * topic in the stack's own region, so a stack meant for regions without the topic can never
   * register.
   */
  private void checkRegions(TopicArn topic) {
    checkPartitions(blueprint.regions(), "regions", topic);
    OrganizationSpec organization = blueprint.organization();
    if (organization != null) {
      checkPartitions(organization.regions(), "organization.regions", topic);
    }
    List<String> regions = blueprint.regions();
    boolean samePartition =
        regions.stream()
            .filter(region -> Partition.REGION.matcher(region).matches())
            .allMatch(region -> Partition.ofRegion(region) == topic.partition());
    if (topic.consistent()
        && !topic.region().equals(SnsTopicArn.REGION_PLACEHOLDER)
        && samePartition
        && !regions.isEmpty()
        && !regions.contains(topic.region())) {
      context.error(
          DiagnosticCode.INVALID_CALLBACK,
          "notify.topicArn",
          "the topic is in "
              + topic.region()
              + " but the stack is meant for "
              + String.join(", ", regions)
              + ", and CloudFormation sends a custom resource's request only to a topic in the"
              + " stack's own region",
          "give a topic in one of the blueprint's regions, write {region} for the region if the"
              + " vendor has the topic in every region, or add "
              + topic.region()
              + " to regions so the stack there registers the account");
    }
  }

  private void checkPartitions(List<String> regions, String path, TopicArn topic) {
    for (int i = 0; i < regions.size(); i++) {
      String region = regions.get(i);
      // A malformed region is reported where regions are checked.
      if (Partition.REGION.matcher(region).matches()
          && Partition.ofRegion(region) != topic.partition()) {
        Partition other = Partition.ofRegion(region);
        context.error(
            DiagnosticCode.WRONG_PARTITION,
            path + "[" + i + "]",
            "region "
                + region
                + " is in partition "
                + other.id()
                + " but the callback topic is in "
                + topic.partition().id()
                + ", and the custom resource could not publish across partitions",
            "make one blueprint per partition: remove "
                + region
                + " here and give the blueprint for "
                + other.id()
                + " a topic in "
                + other.id());
      }
    }
  }

  private void checkRole() {
    if (notify.role() == null) {
      return;
    }
    Set<String> roleIds = new HashSet<>();
    blueprint.roles().forEach(role -> roleIds.add(role.id()));
    if (!roleIds.contains(notify.role())) {
      context.error(
          DiagnosticCode.UNDEFINED_REFERENCE,
          "notify.role",
          "role '" + notify.role() + "' is not created by this blueprint",
          DidYouMean.hint(notify.role(), roleIds));
    }
  }

  private void checkOutputs() {
    Map<String, OutputSpec> outputs = new LinkedHashMap<>();
    blueprint.outputs().forEach(output -> outputs.putIfAbsent(output.name(), output));
    Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
    blueprint
        .parameters()
        .forEach(parameter -> parameters.putIfAbsent(parameter.name(), parameter));
    Set<String> sent = new HashSet<>();
    for (int i = 0; i < notify.outputs().size(); i++) {
      String name = notify.outputs().get(i);
      String path = "notify.outputs[" + i + "]";
      OutputSpec output = outputs.get(name);
      if (output == null) {
        context.error(
            DiagnosticCode.UNDEFINED_REFERENCE,
            path,
            "output '" + name + "' is not declared under 'outputs'",
            DidYouMean.hint(name, outputs.keySet()));
        continue;
      }
      if (!sent.add(name)) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path,
            "output '" + name + "' is sent twice",
            "list each output once");
      }
      ParameterSpec shown = output.parameter() == null ? null : parameters.get(output.parameter());
      if (shown != null && shown.noEcho()) {
        context.error(
            DiagnosticCode.INVALID_CALLBACK,
            path,
            "output '"
                + name
                + "' shows NoEcho parameter '"
                + shown.name()
                + "', and NoEcho values are never sent to the vendor (the message would carry"
                + " the secret in plain text)",
            "remove '" + name + "' from notify.outputs");
      }
    }
  }

  /** The callback's parameter and resource are named; a blueprint name must not take them. */
  private void checkReservedNames() {
    for (int i = 0; i < blueprint.parameters().size(); i++) {
      String name = blueprint.parameters().get(i).name();
      if (name.equals(CallbackCompiler.REGION_PARAMETER)) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            "parameters[" + i + "].name",
            "parameter '" + name + "' is the callback's own parameter",
            "rename the parameter; the callback declares " + name + " itself");
      }
    }
    for (int i = 0; i < blueprint.roles().size(); i++) {
      RoleSpec role = blueprint.roles().get(i);
      if (role.id().equals(CallbackCompiler.RESOURCE)) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            "roles[" + i + "].id",
            "role id '" + role.id() + "' is the logical id of the callback's custom resource",
            "give the role another id");
      }
    }
  }

  /** A well-formed topic ARN: the partition it names, its region, and whether the two agree. */
  private record TopicArn(Partition partition, String region, boolean consistent) {}

  /** A region SNS custom resources can be created in; isolated partitions are out of scope. */
  private static boolean topicRegion(String region) {
    return Partition.isRegion(region) && !region.contains("-iso");
  }
}

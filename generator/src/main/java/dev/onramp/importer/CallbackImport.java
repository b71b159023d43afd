package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.compile.callback.SnsTopicArn;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The callback: a custom resource whose ServiceToken is the vendor's SNS topic becomes {@code
 * notify:}, its topic, resource type, timeout and switch, and its properties in the vendor's own
 * schema (constants, parameters, roles' attributes). Properties that are pseudo parameters are said
 * by the standard properties, which then also send the others; a property no form says keeps the
 * custom resource raw, as written, since the vendor's code expects every one. A custom resource
 * backed by a Lambda function is the vendor's code running in the customer's account: it stays raw.
 */
final class CallbackImport implements ImportUnit {
  private static final Pattern RESOURCE_TYPE = Pattern.compile("Custom::[A-Za-z0-9_@-]{1,60}");
  private static final String GENERIC = "AWS::CloudFormation::CustomResource";

  /** CloudFormation's wait for the vendor's answer when ServiceTimeout is not given. */
  private static final int CLOUDFORMATION_TIMEOUT = 3600;

  @Override
  public void run(ImportContext context) {
    boolean taken = false;
    for (Map.Entry<String, Template.Resource> entry : context.template().resources().entrySet()) {
      String id = entry.getKey();
      Template.Resource resource = entry.getValue();
      if (context.isTaken(id) || !isCustomResource(resource.type())) {
        continue;
      }
      Object token = resource.properties().get("ServiceToken");
      Optional<CallbackTopic> topic = CallbackTopic.of(token, context.template());
      if (topic.isEmpty()) {
        String written = CanonicalText.of(token);
        context.keepAsWritten(
            id,
            "its ServiceToken "
                + written
                + (written.contains(":sns:")
                    ? " names an SNS topic by values other than the partition and region, and"
                        + " notify.topicArn is one ARN"
                    : " is not the vendor's SNS topic (a Lambda function runs code in the"
                        + " customer's account, which notify: does not)"));
        continue;
      }
      if (taken) {
        context.keepAsWritten(id, "notify: sends one callback, and the template's first is taken");
        continue;
      }
      Optional<String> problem = take(context, id, resource, topic.get());
      if (problem.isPresent()) {
        context.keepAsWritten(id, problem.get());
      } else {
        taken = true;
      }
    }
  }

  static boolean isCustomResource(String type) {
    return type.startsWith("Custom::") || type.equals(GENERIC);
  }

  private static Optional<String> take(
      ImportContext context, String id, Template.Resource resource, CallbackTopic topic) {
    for (String referrer : context.references().to(id)) {
      if (!referrer.startsWith("Outputs.")) {
        return Optional.of(
            "resource " + referrer + " refers to it, and notify:'s custom resource has no name");
      }
    }
    List<String> changes = new ArrayList<>(topic.changes());
    DraftMap notify = new DraftMap().put("topicArn", topic.arn());
    Optional<String> problem =
        CallbackProperties.read(context, resource.properties(), notify, changes);
    if (problem.isPresent()) {
      return problem;
    }
    Object timeout = resource.properties().get("ServiceTimeout");
    Optional<Integer> seconds = StackSetSettings.integer(timeout);
    if (timeout == null) {
      notify.put(
          "timeoutSeconds",
          CLOUDFORMATION_TIMEOUT,
          "CloudFormation's default wait, which the original relies on.");
    } else if (seconds.isPresent() && seconds.get() >= 1 && seconds.get() <= 3600) {
      if (seconds.get() != 300) {
        notify.put("timeoutSeconds", seconds.get());
      }
    } else {
      return Optional.of("its ServiceTimeout " + CanonicalText.of(timeout) + " is not 1 to 3600");
    }
    if (RESOURCE_TYPE.matcher(resource.type()).matches()) {
      if (!resource.type().equals(CallbackCompiler.RESOURCE_TYPE)) {
        notify.put("resourceType", resource.type());
      }
    } else {
      changes.add(
          "the vendor receives ResourceType "
              + CallbackCompiler.RESOURCE_TYPE
              + " ("
              + resource.type()
              + " before): notify: creates a Custom:: type");
    }
    if (resource.condition() != null) {
      Optional<Switch> when = context.switchFor(resource.condition());
      if (when.isEmpty()) {
        return Optional.of(context.whyNoSwitch(resource.condition()));
      }
      notify.put("when", Switches.draft(when.get()), "Condition " + resource.condition() + ".");
    }
    if (!resource.dependsOn().isEmpty()) {
      changes.add(
          "DependsOn " + resource.dependsOn() + " dropped: notify: registers after the roles");
    }
    if (resource.deletionPolicy() != null || resource.updateReplacePolicy() != null) {
      changes.add("DeletionPolicy/UpdateReplacePolicy dropped: notify: has none");
    }
    changes.add(
        "created only in the registration region (parameter "
            + CallbackCompiler.REGION_PARAMETER
            + ", empty for this stack's region), so an account is registered once");
    context
        .blueprint()
        .put("notify", notify, "From Resources." + id + " (" + resource.type() + ").");
    context.take(id);
    if (!id.equals(CallbackCompiler.RESOURCE)) {
      context.rename(id, CallbackCompiler.RESOURCE);
      changes.add("logical id " + CallbackCompiler.RESOURCE + " (" + id + " before)");
    }
    context.log().add(ImportLog.Kind.RESOURCE, id, resource.type(), "notify", changes);
    if (resource.properties().get("ServiceToken") instanceof Fn.Ref ref) {
      dropTopicParameter(context, id, ref.name());
    }
    return Optional.empty();
  }

  /** The topic's parameter leaves the draft when nothing but the callback reads it. */
  private static void dropTopicParameter(ImportContext context, String callback, String name) {
    Set<String> readers = new LinkedHashSet<>(context.references().to(name));
    readers.remove(callback);
    Set<String> named = new LinkedHashSet<>();
    References.collect(new ArrayList<>(context.template().conditions().values()), named);
    if (readers.isEmpty() && !named.contains(name)) {
      context
          .log()
          .add(
              ImportLog.Kind.PARAMETER,
              name,
              context.template().parameters().get(name).type(),
              "notify.topicArn",
              List.of(
                  "its default became notify.topicArn; the customer no longer chooses the topic"));
    }
  }

  /**
   * The vendor's topic as {@code notify.topicArn} writes it: a literal ARN, {@code {region}} for a
   * topic in every region. A {@code Fn::Sub} of the partition and region, or a parameter with a
   * topic ARN as its default, says one.
   */
  record CallbackTopic(String arn, List<String> changes) {
    static Optional<CallbackTopic> of(Object token, Template template) {
      if (token instanceof String literal) {
        return parsed(literal)
            .map(
                arn ->
                    new CallbackTopic(
                        arn,
                        literal.startsWith("arn:aws:")
                            ? List.of(
                                "the topic ARN made partition-aware (arn:${AWS::Partition}:), as"
                                    + " Onramp writes it")
                            : List.of()));
      }
      if (token instanceof Fn.Sub sub) {
        String text =
            sub.text().replace("${AWS::Partition}", "aws").replace("${AWS::Region}", "{region}");
        if (!text.contains("${")) {
          return parsed(text).map(arn -> new CallbackTopic(arn, List.of()));
        }
      }
      if (token instanceof Fn.Ref ref
          && template.parameters().get(ref.name()) != null
          && template.parameters().get(ref.name()).defaultValue() != null) {
        String value = template.parameters().get(ref.name()).defaultValue();
        return parsed(value)
            .map(
                arn ->
                    new CallbackTopic(
                        arn,
                        List.of(
                            "the topic is the default of parameter "
                                + ref.name()
                                + ", which the callback no longer reads: notify.topicArn names"
                                + " the vendor's topic")));
      }
      return Optional.empty();
    }

    private static Optional<String> parsed(String arn) {
      return SnsTopicArn.parse(arn)
          .filter(topic -> !topic.partition().contains("$"))
          .map(topic -> arn);
    }
  }

  /** The custom resource's properties other than CloudFormation's own, in the original's order. */
  static Map<String, Object> vendorProperties(Map<String, Object> properties) {
    Map<String, Object> out = new LinkedHashMap<>(properties);
    CallbackCompiler.RESERVED_PROPERTIES.forEach(out::remove);
    return out;
  }
}

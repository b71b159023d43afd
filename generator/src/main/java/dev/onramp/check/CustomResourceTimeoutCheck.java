package dev.onramp.check;

import dev.onramp.aws.Arn;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ONR506: a custom resource ({@code AWS::CloudFormation::CustomResource} or {@code Custom::*}) is
 * answered in bounded time. A Lambda function that backs one (its ServiceToken is the function's
 * ARN) sets its {@code Timeout}: Lambda's default is 3 seconds, and a handler stopped before it
 * answers leaves the stack waiting an hour. One served by an SNS topic (its ServiceToken is a topic
 * ARN) sets {@code ServiceTimeout}: whoever reads the topic may never answer, and CloudFormation
 * then waits an hour, its default, before it fails the operation.
 */
final class CustomResourceTimeoutCheck implements SecurityCheck {
  private static final Pattern SUB_ARN = Pattern.compile("^\\$\\{([A-Za-z0-9]+)\\.Arn}$");

  @Override
  public SecurityCheckCode code() {
    return SecurityCheckCode.CUSTOM_RESOURCE_TIMEOUT;
  }

  @Override
  public List<Diagnostic> check(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    findings.addAll(functionsWithoutTimeout(template));
    findings.addAll(topicsWithoutServiceTimeout(template));
    return findings;
  }

  private List<Diagnostic> functionsWithoutTimeout(CompiledTemplate template) {
    Map<String, Template.Resource> resources = template.template().resources();
    // Function -> the custom resources it backs, in template order.
    Map<String, List<String>> backed = new TreeMap<>();
    resources.forEach(
        (id, resource) -> {
          if (isCustomResource(resource.type())) {
            functionOf(resource.properties().get("ServiceToken"))
                .filter(function -> resources.containsKey(function))
                .filter(function -> resources.get(function).type().equals("AWS::Lambda::Function"))
                .ifPresent(
                    function -> backed.computeIfAbsent(function, f -> new ArrayList<>()).add(id));
          }
        });
    List<Diagnostic> findings = new ArrayList<>();
    backed.forEach(
        (function, customResources) -> {
          if (!resources.get(function).properties().containsKey("Timeout")) {
            findings.add(
                Findings.onResource(
                    code(),
                    template,
                    function,
                    "Lambda function "
                        + function
                        + " backs custom resource "
                        + String.join(", ", customResources)
                        + " but sets no Timeout: stopped after the default 3 seconds before it"
                        + " answers, it leaves the stack waiting an hour",
                    "set Timeout to the longest the work may take (at most 900 seconds) and have"
                        + " the handler answer CloudFormation on every path, errors included"));
          }
        });
    return findings;
  }

  private List<Diagnostic> topicsWithoutServiceTimeout(CompiledTemplate template) {
    List<Diagnostic> findings = new ArrayList<>();
    template
        .template()
        .resources()
        .forEach(
            (id, resource) -> {
              if (isCustomResource(resource.type())
                  && isTopic(resource.properties().get("ServiceToken"))
                  && !resource.properties().containsKey("ServiceTimeout")) {
                findings.add(
                    Findings.onResource(
                        code(),
                        template,
                        id,
                        "custom resource "
                            + id
                            + " is served by SNS topic "
                            + TemplateValues.describe(resource.properties().get("ServiceToken"))
                            + " but sets no ServiceTimeout: CloudFormation waits an hour for a"
                            + " subscriber that never answers before it fails the operation",
                        "set ServiceTimeout to the longest the subscriber may take to answer (1 to"
                            + " 3600 seconds)"));
              }
            });
    return findings;
  }

  static boolean isCustomResource(String type) {
    return type.equals("AWS::CloudFormation::CustomResource") || type.startsWith("Custom::");
  }

  private static boolean isTopic(Object serviceToken) {
    return TemplateValues.text(serviceToken)
        .flatMap(Arn::parse)
        .filter(CustomResourceTimeoutCheck::isTopicArn)
        .isPresent();
  }

  /** A topic ARN, its partition written or {@code ${AWS::Partition}}, every part given. */
  private static boolean isTopicArn(Arn arn) {
    return arn.partitionIsAnyPartition()
        && arn.service().equals("sns")
        && !arn.region().isEmpty()
        && !arn.account().isEmpty()
        && !arn.resource().isEmpty()
        && !arn.resource().contains(":");
  }

  /** The logical id of the resource whose ARN {@code serviceToken} is. */
  private static Optional<String> functionOf(Object serviceToken) {
    if (serviceToken instanceof Fn.GetAtt getAtt && getAtt.attribute().equals("Arn")) {
      return Optional.of(getAtt.resource());
    }
    if (serviceToken instanceof Fn.Sub sub) {
      Matcher arn = SUB_ARN.matcher(sub.text());
      if (arn.matches()) {
        return Optional.of(arn.group(1));
      }
    }
    return Optional.empty();
  }
}

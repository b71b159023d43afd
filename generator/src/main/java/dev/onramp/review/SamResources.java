package dev.onramp.review;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SAM functions and state machines ({@code AWS::Serverless::Function}, {@code StateMachine}), read
 * as the role the SAM transform generates for them, named {@code <id>Role} as the transform names
 * it: trusted by the service that runs them, given AWS's {@code AWSLambdaBasicExecutionRole}
 * (functions), and each entry of {@code Policies}: an AWS managed policy by name or any policy by
 * ARN (attached), a policy document (an inline policy), or a SAM policy template ({@link
 * SamPolicyTemplates}). With {@code Role} given, SAM generates nothing and the template's role, or
 * the role outside it, is what runs; what the transform adds for event sources, dead-letter queues,
 * tracing, a VPC or a function URL is not read and is listed as not reviewed.
 */
final class SamResources {
  /** The properties for which the transform adds permissions to the generated role or function. */
  private static final List<String> ADDS_PERMISSIONS =
      List.of(
          "DeadLetterQueue", "Events", "FunctionUrlConfig", "Tracing", "VpcConfig", "Connectors");

  private SamResources() {}

  /** Whether {@code resource} is a SAM function or state machine whose role SAM generates. */
  static boolean generatesRole(Template.Resource resource) {
    return (resource.type().equals("AWS::Serverless::Function")
            || resource.type().equals("AWS::Serverless::StateMachine"))
        && resource.properties().get("Role") == null;
  }

  static void function(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    read(scope, id, resource, guard, "lambda.amazonaws.com", true);
  }

  static void stateMachine(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    read(scope, id, resource, guard, "states.amazonaws.com", false);
  }

  private static void read(
      TemplateScanner.TemplateScope scope,
      String id,
      Template.Resource resource,
      Guard guard,
      String service,
      boolean basicExecution) {
    Map<String, Object> properties = resource.properties();
    List<String> unread = new ArrayList<>();
    Object given = properties.get("Role");
    if (given != null) {
      if (!isRoleOfTemplate(scope.template(), given)) {
        unread.add(
            "runs as role " + CanonicalText.of(given) + ", which the template does not define");
      }
    } else {
      Subject role = scope.subject(Subject.Type.ROLE, id + "Role");
      scope.defines(role, guard);
      scope.document(
          Map.of(
              "Statement",
              List.of(
                  Map.of(
                      "Effect",
                      "Allow",
                      "Principal",
                      Map.of("Service", service),
                      "Action",
                      "sts:AssumeRole"))),
          role,
          PolicyKind.TRUST,
          guard);
      if (basicExecution) {
        scope.attach(
            role,
            Fn.sub(
                "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
            guard);
      }
      policies(scope, role, properties.get("Policies"), guard, unread);
      if (properties.get("PermissionsBoundary") != null) {
        scope.identity(
            role, Map.of("PermissionsBoundary", properties.get("PermissionsBoundary")), guard);
      }
    }
    List<String> adds = new ArrayList<>();
    for (String property : ADDS_PERMISSIONS) {
      if (properties.get(property) != null) {
        adds.add(property);
      }
    }
    if (!adds.isEmpty()) {
      unread.add(
          "the permissions the SAM transform adds for "
              + String.join(", ", adds)
              + " are not read");
    }
    if (!unread.isEmpty()) {
      scope.unreviewed(id, "SAM: " + String.join("; ", unread));
    }
  }

  /** Each entry of a SAM {@code Policies}: one value or a list. */
  private static void policies(
      TemplateScanner.TemplateScope scope,
      Subject role,
      Object policies,
      Guard guard,
      List<String> unread) {
    TreeSet<String> unknownTemplates = new TreeSet<>();
    for (Branches.Branch entry : Branches.elements(policies, guard)) {
      Object value = entry.value();
      if (value instanceof Map<?, ?> map && map.containsKey("Statement")) {
        scope.document(value, role, PolicyKind.IDENTITY, entry.guard());
      } else if (value instanceof Map<?, ?> map && map.size() == 1) {
        Map.Entry<?, ?> only = map.entrySet().iterator().next();
        String name = String.valueOf(only.getKey());
        Optional<Map<String, Object>> expanded = SamPolicyTemplates.expand(name, only.getValue());
        if (expanded.isPresent()) {
          scope.document(expanded.get(), role, PolicyKind.IDENTITY, entry.guard());
        } else {
          unknownTemplates.add(name);
        }
      } else if (value instanceof String name && !name.startsWith("arn:")) {
        // SAM reads a bare name as the AWS managed policy of that name.
        scope.attach(
            role,
            Fn.sub("arn:${AWS::Partition}:iam::aws:policy/" + SubText.escape(name)),
            entry.guard());
      } else {
        scope.attach(role, value, entry.guard());
      }
    }
    if (!unknownTemplates.isEmpty()) {
      unread.add("policy templates not expanded: " + String.join(", ", unknownTemplates));
    }
  }

  /** Whether {@code role} ({@code !GetAtt R.Arn}, or a Sub of it) is a role of the template. */
  private static boolean isRoleOfTemplate(Template template, Object role) {
    String name =
        role instanceof Fn.GetAtt getAtt && getAtt.attribute().equals("Arn")
            ? getAtt.resource()
            : null;
    Template.Resource target = name == null ? null : template.resources().get(name);
    return target != null && target.type().equals("AWS::IAM::Role");
  }
}

package dev.onramp.compile.resources;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RawResourceSpec;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.compile.conditional.SwitchCondition;
import dev.onramp.compile.policy.UnknownActions;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.PolicyDocuments;
import dev.onramp.template.TemplateFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code resources} section: CloudFormation resources written as is, for what no section
 * covers. Validated for their own shape (logical id, type, policies, switch, intrinsic functions,
 * partition literals) and for what they grant ({@link RawAccessReview}); references to parameters,
 * conditions and resources, generated or raw, are checked when compiled, once every generated name
 * is known ({@link RawReferences}). Listed after the sections that generate resources, so a clash
 * is seen, and before the suppressions, which may waive findings on raw resources too.
 */
public final class RawResourcesSection implements BlueprintSection {
  /** A logical id as CloudFormation takes it. */
  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");

  /** {@code AWS::Service::Resource} or {@code Custom::Name}. */
  private static final Pattern TYPE =
      Pattern.compile("AWS::[A-Za-z0-9]{1,64}::[A-Za-z0-9]{1,64}|Custom::[A-Za-z0-9_@-]{1,60}");

  /** Types whose template the review cannot read: a raw one would grant unseen. */
  private static final Set<String> UNREVIEWABLE =
      Set.of("AWS::CloudFormation::Stack", "AWS::CloudFormation::StackSet");

  private static final List<String> DELETION_POLICIES =
      List.of("Delete", "Retain", "RetainExceptOnCreate", "Snapshot");
  private static final List<String> UPDATE_REPLACE_POLICIES =
      List.of("Delete", "Retain", "Snapshot");

  @Override
  public void validate(SectionContext context) {
    RawAccessReview access = new RawAccessReview(ActionCatalog::bundled);
    RawActionNames actionNames =
        new RawActionNames(
            new UnknownActions(
                context.source(), context.diagnostics(), context.blueprint().suppressions()));
    context
        .blueprint()
        .resources()
        .forEach(
            (id, spec) -> {
              RawResource raw = RawResource.read(id, spec);
              checkShape(context, raw);
              raw.problems().forEach(problem -> report(context, problem));
              access.review(id, raw.resource(), spec.isReadOnly(), raw.path());
              actionNames.check(raw.resource(), raw.path());
            });
    access.problems().forEach(problem -> report(context, problem));
    context
        .blueprint()
        .conditions()
        .forEach(
            (name, when) -> {
              String path = "conditions." + name;
              if (!LOGICAL_ID.matcher(name).matches()) {
                context.error(
                    DiagnosticCode.INVALID_RAW_RESOURCE,
                    path,
                    "'" + name + "' is not a CloudFormation condition name",
                    "use 1 to 255 letters and digits, such as ForwardEvents");
              }
              checkSwitch(context, when, path);
            });
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    Map<String, RawResourceSpec> specs = context.blueprint().resources();
    declareConditions(context, template);
    if (specs.isEmpty()) {
      return;
    }
    RawReferences references = new RawReferences(template, specs.keySet());
    List<RawResource> resources = new ArrayList<>();
    for (Map.Entry<String, RawResourceSpec> entry : specs.entrySet()) {
      RawResource raw = RawResource.read(entry.getKey(), entry.getValue());
      references.checkClash(raw).ifPresent(problem -> report(context, problem));
      Switch when = entry.getValue().when();
      resources.add(when == null ? raw : withCondition(raw, SwitchCondition.add(template, when)));
    }
    for (RawResource raw : resources) {
      references.check(raw).forEach(problem -> report(context, problem));
      template.resource(raw.id(), raw.resource(), context.source().at(raw.path()));
      template.rawResource(
          new TemplateFacts.RawResource(
              raw.id(),
              raw.spec().type(),
              PolicyDocuments.grantsAccess(raw.spec().type()),
              raw.spec().isReadOnly()));
    }
  }

  /**
   * The blueprint's named switches as template conditions, for raw resources to name. A name a
   * section already gave another condition is refused: a raw resource never changes what a section
   * generates.
   */
  private static void declareConditions(SectionContext context, TemplateBuilder template) {
    context
        .blueprint()
        .conditions()
        .forEach(
            (name, when) -> {
              Object expression = SwitchCondition.expression(when);
              Object existing = template.conditions().get(name);
              if (existing != null && !existing.equals(expression)) {
                context.error(
                    DiagnosticCode.INVALID_RAW_RESOURCE,
                    "conditions." + name,
                    "condition '" + name + "' is already generated with another test",
                    "give the switch another name");
              } else {
                template.condition(name, expression);
              }
            });
  }

  private static RawResource withCondition(RawResource raw, String condition) {
    return new RawResource(
        raw.id(),
        raw.path(),
        raw.spec(),
        raw.resource().withCondition(condition),
        raw.references(),
        raw.problems());
  }

  private static void checkShape(SectionContext context, RawResource raw) {
    RawResourceSpec spec = raw.spec();
    String path = raw.path();
    if (!LOGICAL_ID.matcher(raw.id()).matches()) {
      context.error(
          DiagnosticCode.INVALID_RAW_RESOURCE,
          path,
          "'" + raw.id() + "' is not a CloudFormation logical id",
          "use 1 to 255 letters and digits, such as VendorEventRule");
    }
    if (!TYPE.matcher(spec.type()).matches()) {
      context.error(
          DiagnosticCode.INVALID_RAW_RESOURCE,
          path + ".type",
          "'" + spec.type() + "' is not a resource type",
          "write AWS::Service::Resource (such as AWS::Events::Rule) or Custom::Name");
    } else if (UNREVIEWABLE.contains(spec.type())) {
      context.error(
          DiagnosticCode.UNSAFE_RAW_RESOURCE,
          path + ".type",
          "a raw " + spec.type() + " deploys a template the permission review cannot read",
          "write its resources under resources: instead, or use organization: for a StackSet");
    }
    checkPolicy(context, spec.deletionPolicy(), DELETION_POLICIES, path + ".deletionPolicy");
    checkPolicy(
        context,
        spec.updateReplacePolicy(),
        UPDATE_REPLACE_POLICIES,
        path + ".updateReplacePolicy");
    if (spec.when() != null && spec.condition() != null) {
      context.error(
          DiagnosticCode.INVALID_RAW_RESOURCE,
          path + ".condition",
          "a raw resource takes 'when' or 'condition', not both",
          "keep 'when:' to switch it by a parameter, or 'condition:' to reuse a generated"
              + " condition");
    }
    if (spec.when() != null) {
      checkSwitch(context, spec.when(), path + ".when");
    }
  }

  private static void checkPolicy(
      SectionContext context, String policy, List<String> allowed, String path) {
    if (policy != null && !allowed.contains(policy)) {
      context.error(
          DiagnosticCode.INVALID_RAW_RESOURCE,
          path,
          "'" + policy + "' is not a CloudFormation policy here",
          DidYouMean.hint(policy, allowed));
    }
  }

  private static void checkSwitch(SectionContext context, Switch when, String path) {
    Map<String, ParameterSpec> parameters = context.declaredParameters();
    ParameterSpec parameter = parameters.get(when.parameter());
    if (parameter == null) {
      context.error(
          DiagnosticCode.UNDEFINED_RAW_REFERENCE,
          path + ".parameter",
          "switch parameter '" + when.parameter() + "' is not declared",
          DidYouMean.closest(when.parameter(), parameters.keySet())
              .map(known -> "did you mean '" + known + "'?")
              .orElse("declare it under 'parameters', with the values that switch"));
      return;
    }
    if ((when.equals() == null) == when.in().isEmpty() || when.values().size() > 10) {
      context.error(
          DiagnosticCode.INVALID_RAW_RESOURCE,
          path,
          "a switch needs one of 'equals' and 'in' (at most 10 values)",
          "write 'equals: \"true\"' or 'in: [value, …]'");
      return;
    }
    for (String value : when.values()) {
      if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(value)) {
        context.error(
            DiagnosticCode.INVALID_RAW_RESOURCE,
            path + (when.equals() != null ? ".equals" : ".in"),
            "'" + value + "' is not an allowed value of parameter '" + parameter.name() + "'",
            DidYouMean.hint(value, parameter.allowedValues()));
      }
    }
  }

  private static void report(SectionContext context, RawProblem problem) {
    context.error(problem.code(), problem.path(), problem.message(), problem.fix());
  }
}

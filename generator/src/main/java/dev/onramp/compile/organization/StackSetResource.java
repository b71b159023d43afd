package dev.onramp.compile.organization;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.OrganizationSpec.OperationPreferencesSpec;
import dev.onramp.blueprint.model.OrganizationSpec.PermissionModel;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The StackSet that gives every member account the member template: its permission model, where the
 * stacks go (the OUs narrowed by the account filter, or the account list, in the chosen regions),
 * the parameters it passes on and the capabilities the member needs.
 */
final class StackSetResource {
  private final OrganizationSpec organization;
  private final Deployment deployment;

  StackSetResource(OrganizationSpec organization, Deployment deployment) {
    this.organization = organization;
    this.deployment = deployment;
  }

  /**
   * The StackSet for {@code member}, passing {@code passedOn}; the condition an account filter
   * needs goes to {@code builder}.
   */
  Template.Resource of(
      Member member,
      Map<String, Object> passedOn,
      MemberTemplateSource body,
      TemplateBuilder builder) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "StackSetName",
        organization.stackSetName() != null
            ? organization.stackSetName()
            : Fn.sub("${AWS::StackName}-members"));
    properties.put(
        "Description",
        "Onramp member stacks: " + member.compiled().name() + " " + member.version() + ".");
    properties.put("PermissionModel", organization.permissionModel().cloudFormation());
    if (serviceManaged()) {
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
    capabilities(member.template())
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
    properties.put("StackInstancesGroup", List.of(instances(builder)));
    properties.putAll(body.property());
    return new Template.Resource(
        "AWS::CloudFormation::StackSet",
        null,
        createsAdministrationRole() ? List.of(AdministrationRole.ID) : List.of(),
        null,
        null,
        Map.of(),
        properties);
  }

  boolean serviceManaged() {
    return organization.permissionModel() == PermissionModel.SERVICE_MANAGED;
  }

  /** Whether this stack creates the administration role of a self-managed StackSet. */
  boolean createsAdministrationRole() {
    return !serviceManaged() && organization.createAdministrationRole();
  }

  /** The capabilities the member stacks need: named IAM resources need the stronger one. */
  private static Optional<List<String>> capabilities(Template template) {
    boolean iam = false;
    boolean named = false;
    for (Template.Resource resource : template.resources().values()) {
      iam |= resource.type().startsWith("AWS::IAM::");
      named |= GlobalIamNames.isNamed(resource);
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
    if (deployment.regions().size() > 1) {
      out.put("RegionOrder", deployment.regions());
    }
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String key, Integer value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /** Where the member stacks go: the OUs (narrowed by the account filter) or the account list. */
  private Map<String, Object> instances(TemplateBuilder builder) {
    Map<String, Object> targets = new LinkedHashMap<>();
    String where = OrganizationParameters.of(organization).get(0).name();
    if (serviceManaged()) {
      targets.put("OrganizationalUnitIds", Fn.ref(where));
      OrganizationSpec.AccountFilterSpec filter = organization.accountFilter();
      if (filter != null && filter.type() == OrganizationSpec.FilterType.DIFFERENCE) {
        // An empty exclusion list must become no filter at all: DIFFERENCE of nothing fails.
        String condition = "Has" + filter.parameter();
        builder.condition(
            condition, new Fn.Not(new Fn.Equals(new Fn.Join("", Fn.ref(filter.parameter())), "")));
        targets.put("Accounts", Fn.ifThen(condition, Fn.ref(filter.parameter()), Fn.noValue()));
        targets.put("AccountFilterType", Fn.ifThen(condition, "DIFFERENCE", "NONE"));
      } else if (filter != null) {
        targets.put("Accounts", Fn.ref(filter.parameter()));
        targets.put("AccountFilterType", filter.type().cloudFormation());
      }
    } else {
      targets.put("Accounts", Fn.ref(where));
    }
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("DeploymentTargets", targets);
    group.put("Regions", deployment.regions());
    return group;
  }
}

package dev.onramp.compile.organization;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administration role of a self-managed StackSet, allowed only to assume the execution role in
 * member accounts, and only on behalf of this account's StackSets.
 */
final class AdministrationRole {
  static final String ID = "StackSetAdministrationRole";

  private AdministrationRole() {}

  static Template.Resource of(OrganizationSpec organization) {
    String path = organization.administrationRoleOrDefault();
    int slash = path.lastIndexOf('/');
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("RoleName", path.substring(slash + 1));
    if (slash >= 0) {
      properties.put("Path", "/" + path.substring(0, slash + 1));
    }
    properties.put(
        "Description", "Lets this account's StackSets deploy through the execution role.");
    properties.put("AssumeRolePolicyDocument", trust());
    properties.put("Policies", List.of(policy(organization.executionRoleOrDefault())));
    return Template.Resource.of("AWS::IAM::Role", properties);
  }

  private static Map<String, Object> trust() {
    Map<String, Object> assume = new LinkedHashMap<>();
    assume.put("Effect", "Allow");
    assume.put("Principal", Map.of("Service", "cloudformation.amazonaws.com"));
    assume.put("Action", "sts:AssumeRole");
    assume.put(
        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Fn.ref("AWS::AccountId"))));
    Map<String, Object> trust = new LinkedHashMap<>();
    trust.put("Version", "2012-10-17");
    trust.put("Statement", List.of(assume));
    return trust;
  }

  private static Map<String, Object> policy(String executionRole) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Effect", "Allow");
    statement.put("Action", "sts:AssumeRole");
    statement.put("Resource", Fn.sub("arn:${AWS::Partition}:iam::*:role/" + executionRole));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("Version", "2012-10-17");
    document.put("Statement", List.of(statement));
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("PolicyName", "AssumeStackSetExecutionRole");
    policy.put("PolicyDocument", document);
    return policy;
  }
}

package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.CostReportSpec;
import dev.onramp.blueprint.model.OutputSpec;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.StatementSpec;
import dev.onramp.blueprint.model.Suppression;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.cdk.CdkValidation;
import dev.onramp.compile.organization.OrganizationFanOut;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a blueprint means once its shape is right: references resolve, names fit AWS's rules,
 * read-only claims hold. Every problem is collected; nothing stops at the first.
 */
final class BlueprintValidator {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_ARN =
      Pattern.compile(
          "arn:(aws|aws-us-gov|aws-cn):iam::(\\d{12}):role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ROLE_PATH = Pattern.compile("/([\\x21-\\x7E&&[^/]]+/)*");
  private static final Pattern ACTION = Pattern.compile("\\*|[a-zA-Z0-9-]+:[A-Za-z0-9*?]+");
  private static final int MAX_TAGS = 50;

  /** Python runtimes Lambda supports for new functions (deprecated ones are refused). */
  static final List<String> SUPPORTED_RUNTIMES = List.of("python3.11", "python3.12", "python3.13");

  private static final List<String> SCHEMA_ELEMENTS =
      List.of("RESOURCES", "SPLIT_COST_ALLOCATION_DATA", "MANUAL_DISCOUNT_COMPATIBILITY");
  private static final List<Integer> LOG_RETENTION_DAYS =
      List.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);

  private final Blueprint blueprint;
  private final SourceMap source;
  private final Diagnostics diagnostics;
  private final Map<String, ParameterSpec> parameters = new HashMap<>();
  private final Set<String> policySetNames = new TreeSet<>(BuiltInPolicySets.names());

  private BlueprintValidator(ParsedBlueprint parsed, Diagnostics diagnostics) {
    this.blueprint = parsed.model();
    this.source = parsed.source();
    this.diagnostics = diagnostics;
  }

  static void validate(ParsedBlueprint parsed, Diagnostics diagnostics) {
    new BlueprintValidator(parsed, diagnostics).run();
  }

  private void run() {
    checkVendor(blueprint.vendor());
    checkParameters();
    checkPolicySets();
    checkRoles();
    checkOutputs();
    checkRegions();
    OrganizationFanOut.validate(blueprint, source, diagnostics);
    if (blueprint.costReport() != null) {
      checkCostReport(blueprint.costReport());
    }
    CallbackValidation.check(blueprint, source, diagnostics);
    CdkValidation.check(blueprint, source, diagnostics);
    checkSuppressions();
    if (blueprint.metadata().description().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        > 1024) {
      error(
          DiagnosticCode.INVALID_VALUE,
          "metadata.description",
          "the description is longer than CloudFormation's 1,024 bytes",
          "shorten the description");
    }
  }

  /**
   * One entry per rule; a scanner's rule names its resources (checkov reads a waiver only from the
   * resource it applies to); Onramp's own checks are waived for the whole template. Whether each
   * named resource exists is checked once the template is compiled ({@link SuppressionCompiler}).
   */
  private void checkSuppressions() {
    Set<String> suppressed = new HashSet<>();
    for (int i = 0; i < blueprint.suppressions().size(); i++) {
      Suppression suppression = blueprint.suppressions().get(i);
      String path = "suppressions[" + i + "]";
      if (!suppressed.add(suppression.rule())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".rule",
            "rule " + suppression.rule() + " is suppressed twice",
            "keep one entry per rule, with one reason, and list every resource it covers under"
                + " resources");
      }
      Suppression.Tool tool = suppression.tool();
      if (tool == Suppression.Tool.SCANNER && suppression.resources().isEmpty()) {
        error(
            DiagnosticCode.INVALID_SUPPRESSION,
            path + ".rule",
            "scanner rule "
                + suppression.rule()
                + " names no resources: checkov reads a waiver only from the Metadata of the"
                + " resource it applies to",
            "add resources: [<logical id>, ...] with the resources the scanner flags, such as"
                + " CostReportBucket");
      }
      if (tool == Suppression.Tool.ONRAMP && !suppression.resources().isEmpty()) {
        error(
            DiagnosticCode.INVALID_SUPPRESSION,
            path + ".resources",
            "Onramp's own check "
                + suppression.rule()
                + " is waived for the whole template, not per resource",
            "remove resources from this suppression");
      }
      Set<String> named = new HashSet<>();
      for (int j = 0; j < suppression.resources().size(); j++) {
        if (!named.add(suppression.resources().get(j))) {
          error(
              DiagnosticCode.DUPLICATE_NAME,
              path + ".resources[" + j + "]",
              "resource " + suppression.resources().get(j) + " is listed twice",
              "list each resource once");
        }
      }
    }
  }

  private void checkVendor(Vendor vendor) {
    String arnAccount = null;
    if (vendor.roleArn() != null) {
      Matcher arn = ROLE_ARN.matcher(vendor.roleArn());
      if (arn.matches()) {
        arnAccount = arn.group(2);
      } else {
        error(
            DiagnosticCode.INVALID_ARN,
            "vendor.roleArn",
            "'" + vendor.roleArn() + "' is not an IAM role ARN",
            "write arn:aws:iam::<12-digit account>:role/<name>; the partition is set per stack");
      }
    }
    if (vendor.accountId() != null) {
      if (!ACCOUNT_ID.matcher(vendor.accountId()).matches()) {
        error(
            DiagnosticCode.INVALID_ACCOUNT_ID,
            "vendor.accountId",
            "'" + vendor.accountId() + "' is not an AWS account id",
            "write the 12 digits of the vendor's account, quoted: \"111122223333\"");
      } else if (arnAccount != null && !arnAccount.equals(vendor.accountId())) {
        error(
            DiagnosticCode.INVALID_TRUST,
            "vendor.roleArn",
            "the role ARN is in account "
                + arnAccount
                + ", not in vendor.accountId "
                + vendor.accountId(),
            "make the two agree, or leave out accountId");
      }
    } else if (vendor.roleArn() == null) {
      error(
          DiagnosticCode.MISSING_KEY,
          "vendor",
          "the vendor needs an accountId or a roleArn",
          "add 'accountId: \"111122223333\"' with the vendor's account id");
    }
    if (vendor.principal() != Vendor.Principal.ACCOUNT_ROOT && vendor.roleArn() == null) {
      error(
          DiagnosticCode.INVALID_TRUST,
          "vendor.principal",
          "principal '" + vendor.principal().label() + "' needs vendor.roleArn",
          "add 'roleArn: arn:aws:iam::<account>:role/<name>' or use principal 'account-root'");
    }
  }

  private void checkParameters() {
    Set<String> reserved = new HashSet<>(Set.of(blueprint.externalId().parameter()));
    for (int i = 0; i < blueprint.parameters().size(); i++) {
      ParameterSpec parameter = blueprint.parameters().get(i);
      String path = "parameters[" + i + "]";
      if (reserved.contains(parameter.name()) || parameters.containsKey(parameter.name())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "parameter '"
                + parameter.name()
                + "' is declared twice"
                + (reserved.contains(parameter.name()) ? " (it is the ExternalId parameter)" : ""),
            "give each parameter its own name");
        continue;
      }
      parameters.put(parameter.name(), parameter);
      String defaultValue = parameter.defaultValue();
      if (defaultValue != null
          && !parameter.allowedValues().isEmpty()
          && !parameter.allowedValues().contains(defaultValue)) {
        error(
            DiagnosticCode.INVALID_PARAMETER,
            path + ".default",
            "default '" + defaultValue + "' is not one of the allowed values",
            DidYouMean.hint(defaultValue, parameter.allowedValues()));
      }
      if (parameter.type() == ParameterSpec.Type.BOOLEAN
          && !parameter.allowedValues().equals(List.of("true", "false"))) {
        error(
            DiagnosticCode.INVALID_PARAMETER,
            path + ".allowedValues",
            "a Boolean parameter's values are always true and false",
            "remove allowedValues, or make the parameter a String");
      }
      if (parameter.noEcho() && defaultValue != null) {
        error(
            DiagnosticCode.INVALID_PARAMETER,
            path + ".default",
            "a NoEcho parameter has a default, which the template would show in plain text",
            "remove the default of a secret parameter");
      }
    }
  }

  private void checkPolicySets() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < blueprint.policySets().size(); i++) {
      PolicySetSpec set = blueprint.policySets().get(i);
      String path = "policySets[" + i + "]";
      if (BuiltInPolicySets.names().contains(set.name())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "policy set '" + set.name() + "' has the name of a built-in set",
            "rename it; built-in sets cannot be replaced, to keep their meaning the same for"
                + " every reviewer");
      } else if (!seen.add(set.name())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "policy set '" + set.name() + "' is declared twice",
            "give each policy set its own name");
      }
      policySetNames.add(set.name());
      checkStatements(set.statements(), path + ".statements", set.readOnly(), set.name());
    }
  }

  private void checkStatements(
      List<StatementSpec> statements, String path, boolean readOnly, String setName) {
    Set<String> sids = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      StatementSpec statement = statements.get(i);
      String at = path + "[" + i + "]";
      if (!statement.sid().isEmpty() && !sids.add(statement.sid())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            at + ".sid",
            "Sid '" + statement.sid() + "' is used twice in the same policy",
            "give each statement its own Sid");
      }
      if (statement.action().isEmpty() == statement.notAction().isEmpty()) {
        error(
            DiagnosticCode.INVALID_STATEMENT,
            at,
            "a statement needs exactly one of action and notAction",
            statement.action().isEmpty()
                ? "add 'action: [service:Action]'"
                : "keep either action or notAction");
      }
      if (statement.resource().isEmpty() == statement.notResource().isEmpty()) {
        error(
            DiagnosticCode.INVALID_STATEMENT,
            at,
            "a statement needs exactly one of resource and notResource",
            statement.resource().isEmpty()
                ? "add 'resource: \"*\"' or the ARNs the statement applies to"
                : "keep either resource or notResource");
      }
      checkActions(statement.action(), at + ".action", readOnly, setName, statement);
      checkActions(statement.notAction(), at + ".notAction", false, setName, statement);
      if (readOnly
          && statement.effect() == StatementSpec.Effect.ALLOW
          && !statement.notAction().isEmpty()) {
        error(
            DiagnosticCode.WILDCARD_IN_READ_ONLY,
            at + ".notAction",
            "policy set '"
                + setName
                + "' claims to be read-only but allows every action except"
                + " some",
            "list the read actions with 'action', or set 'readOnly: false'");
      }
      for (String resource : statement.resource()) {
        checkReferences(resource, at + ".resource");
      }
      for (String resource : statement.notResource()) {
        checkReferences(resource, at + ".notResource");
      }
    }
  }

  private void checkActions(
      List<String> actions,
      String path,
      boolean readOnly,
      String setName,
      StatementSpec statement) {
    for (int i = 0; i < actions.size(); i++) {
      String action = actions.get(i);
      String at = actions.size() == 1 ? path : path + "[" + i + "]";
      if (!ACTION.matcher(action).matches()) {
        error(
            DiagnosticCode.INVALID_STATEMENT,
            at,
            "'" + action + "' is not an IAM action",
            "write service:Action, such as ec2:DescribeInstances or s3:List*");
      } else if (readOnly
          && statement.effect() == StatementSpec.Effect.ALLOW
          && (action.equals("*") || action.endsWith(":*"))) {
        error(
            DiagnosticCode.WILDCARD_IN_READ_ONLY,
            at,
            "policy set '" + setName + "' claims to be read-only but allows '" + action + "'",
            "list the read actions (such as "
                + service(action)
                + ":Describe*, "
                + service(action)
                + ":List*), or set 'readOnly: false'");
      }
    }
  }

  private static String service(String action) {
    return action.equals("*") ? "ec2" : action.substring(0, action.indexOf(':'));
  }

  private void checkReferences(String text, String path) {
    for (String name : PartitionAwareText.parameterReferences(text)) {
      if (!parameters.containsKey(name) && !name.equals(blueprint.externalId().parameter())) {
        error(
            DiagnosticCode.UNDEFINED_PARAMETER,
            path,
            "'${" + name + "}' refers to a parameter that is not declared",
            DidYouMean.closest(name, parameters.keySet())
                .map(known -> "did you mean '${" + known + "}'?")
                .orElse("declare parameter '" + name + "' under 'parameters'"));
      }
    }
  }

  private void checkRoles() {
    if (blueprint.roles().isEmpty()) {
      error(
          DiagnosticCode.MISSING_KEY,
          "roles",
          "the blueprint creates no role",
          "add a role under 'roles' with an 'id'");
    }
    Set<String> ids = new HashSet<>();
    Set<String> fixedNames = new HashSet<>();
    for (int i = 0; i < blueprint.roles().size(); i++) {
      RoleSpec role = blueprint.roles().get(i);
      String path = "roles[" + i + "]";
      if (!ids.add(role.id()) || parameters.containsKey(role.id())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".id",
            "id '" + role.id() + "' is already used by another role or a parameter",
            "give each role an id of its own");
      }
      checkRoleName(role, path);
      if (role.naming() != RoleSpec.Naming.GENERATED
          && role.name() != null
          && !fixedNames.add(role.naming() + role.name())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "role name '" + role.name() + "' is used by two roles",
            "give each role its own name");
      }
      if (!ROLE_PATH.matcher(role.path()).matches() || role.path().length() > 512) {
        error(
            DiagnosticCode.INVALID_NAME,
            path + ".path",
            "'" + role.path() + "' is not an IAM path",
            "start and end the path with '/', such as /vendor/");
      }
      checkTags(role.tags(), path + ".tags");
      checkPermissionsBoundary(role, path);
      checkRegionsParameter(role, path);
      checkPolicySetRefs(role, path);
      for (int m = 0; m < role.managedPolicies().size(); m++) {
        Switch when = role.managedPolicies().get(m).when();
        if (when != null) {
          checkSwitch(when, path + ".managedPolicies[" + m + "].when");
        }
      }
      checkStatements(role.statements(), path + ".statements", false, role.id());
    }
  }

  private void checkRoleName(RoleSpec role, String path) {
    if (role.naming() == RoleSpec.Naming.GENERATED) {
      if (role.name() != null) {
        error(
            DiagnosticCode.INVALID_NAME,
            path + ".name",
            "a name is set but naming is 'generated'",
            "add 'naming: stack-prefixed' (or 'fixed') to use the name, or remove it");
      }
      return;
    }
    if (role.name() == null) {
      error(
          DiagnosticCode.MISSING_KEY,
          path + ".name",
          "naming '" + role.naming().label() + "' needs a name",
          "add 'name: VendorReadOnly'");
      return;
    }
    int room = role.naming() == RoleSpec.Naming.FIXED ? 64 : 64 - 2;
    if (!ROLE_NAME.matcher(role.name()).matches() || role.name().length() > room) {
      error(
          DiagnosticCode.INVALID_NAME,
          path + ".name",
          "role name '" + role.name() + "' is not a valid IAM role name",
          "use at most " + room + " letters, digits and + = , . @ _ -");
    }
  }

  private void checkTags(Map<String, String> tags, String path) {
    if (tags.size() > MAX_TAGS) {
      error(
          DiagnosticCode.INVALID_VALUE,
          path,
          "a role can have at most " + MAX_TAGS + " tags, found " + tags.size(),
          "remove tags");
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (tag.getKey().length() > 128 || tag.getKey().startsWith("aws:")) {
        error(
            DiagnosticCode.INVALID_NAME,
            path + "." + tag.getKey(),
            "tag key '" + tag.getKey() + "' is not allowed",
            "use at most 128 characters, not starting with 'aws:'");
      }
      if (tag.getValue().length() > 256) {
        error(
            DiagnosticCode.INVALID_VALUE,
            path + "." + tag.getKey(),
            "tag value is longer than 256 characters",
            "shorten the value");
      }
    }
  }

  /**
   * The region list must be a list (its values go into aws:RequestedRegion as they are), must not
   * be a parameter with another meaning, and its default must name regions.
   */
  private void checkRegionsParameter(RoleSpec role, String path) {
    String name = role.regionsParameter();
    if (name == null) {
      return;
    }
    String at = path + ".regionsParameter";
    if (name.equals(blueprint.externalId().parameter())) {
      error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "the region list cannot be the ExternalId parameter",
          "name another parameter, such as Regions");
      return;
    }
    boolean isBoundary =
        blueprint.roles().stream().anyMatch(r -> name.equals(r.permissionsBoundaryParameter()));
    if (isBoundary) {
      error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "parameter '" + name + "' is also a permissions boundary parameter",
          "name another parameter for the regions, such as Regions");
      return;
    }
    ParameterSpec declared = parameters.get(name);
    if (declared == null) {
      return;
    }
    if (declared.type() != ParameterSpec.Type.COMMA_DELIMITED_LIST) {
      error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "parameter '" + name + "' lists regions but is a " + declared.type().label(),
          "make it 'type: CommaDelimitedList', or leave it undeclared so it is created for you");
      return;
    }
    String defaultValue = declared.defaultValue();
    if (defaultValue == null || defaultValue.isBlank()) {
      return;
    }
    for (String region : defaultValue.split(",", -1)) {
      if (!Partition.REGION.matcher(region.strip()).matches()) {
        error(
            DiagnosticCode.INVALID_PARAMETER,
            "parameters[" + blueprint.parameters().indexOf(declared) + "].default",
            "'" + region.strip() + "' in the default of region list '" + name + "' is not a region",
            "write region codes separated by commas, such as eu-west-1,us-east-1, or leave the"
                + " default empty for every region");
      }
    }
  }

  private void checkPermissionsBoundary(RoleSpec role, String path) {
    String name = role.permissionsBoundaryParameter();
    if (name == null) {
      return;
    }
    ParameterSpec declared = parameters.get(name);
    if (declared != null && declared.type() != ParameterSpec.Type.STRING) {
      error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".permissionsBoundaryParameter",
          "parameter '"
              + name
              + "' holds a permissions boundary but is a "
              + declared.type().label(),
          "make it a String parameter, or leave it undeclared so it is created for you");
    }
    if (name.equals(blueprint.externalId().parameter())) {
      error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".permissionsBoundaryParameter",
          "the permissions boundary cannot be the ExternalId parameter",
          "name another parameter, such as PermissionsBoundaryArn");
    }
  }

  private void checkPolicySetRefs(RoleSpec role, String path) {
    Set<String> attached = new HashSet<>();
    for (int s = 0; s < role.policySets().size(); s++) {
      String set = role.policySets().get(s).set();
      String at = path + ".policySets[" + s + "]";
      if (!policySetNames.contains(set)) {
        error(
            DiagnosticCode.UNKNOWN_POLICY_SET,
            at + ".set",
            "unknown policy set '" + set + "'",
            DidYouMean.hint(set, policySetNames));
      } else if (!attached.add(set)) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            at + ".set",
            "policy set '" + set + "' is attached twice to role " + role.id(),
            "attach each set once; to turn it on for several values use 'when.in'");
      }
      Switch when = role.policySets().get(s).when();
      if (when != null) {
        checkSwitch(when, at + ".when");
      }
    }
  }

  private void checkSwitch(Switch when, String path) {
    ParameterSpec parameter = parameters.get(when.parameter());
    if (parameter == null) {
      error(
          DiagnosticCode.UNDEFINED_PARAMETER,
          path + ".parameter",
          "switch parameter '" + when.parameter() + "' is not declared",
          DidYouMean.closest(when.parameter(), parameters.keySet())
              .map(known -> "did you mean '" + known + "'?")
              .orElse("declare it under 'parameters', such as a Boolean or an access-level enum"));
      return;
    }
    if ((when.equals() == null) == when.in().isEmpty()) {
      error(
          DiagnosticCode.INVALID_SWITCH,
          path,
          "a switch needs exactly one of 'equals' and 'in'",
          "write 'equals: \"true\"' or 'in: [value, …]'");
      return;
    }
    if (when.values().size() > 10) {
      error(
          DiagnosticCode.INVALID_SWITCH,
          path + ".in",
          "a switch can name at most 10 values (Fn::Or's limit)",
          "use fewer values");
    }
    for (String value : when.values()) {
      if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(value)) {
        error(
            DiagnosticCode.INVALID_SWITCH,
            path + (when.equals() != null ? ".equals" : ".in"),
            "'" + value + "' is not an allowed value of parameter '" + parameter.name() + "'",
            DidYouMean.hint(value, parameter.allowedValues()));
      }
    }
  }

  private void checkOutputs() {
    Set<String> names = new HashSet<>();
    Set<String> roleIds = new HashSet<>();
    blueprint.roles().forEach(role -> roleIds.add(role.id()));
    for (int i = 0; i < blueprint.outputs().size(); i++) {
      OutputSpec output = blueprint.outputs().get(i);
      String path = "outputs[" + i + "]";
      if (!names.add(output.name())) {
        error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "output '" + output.name() + "' is declared twice",
            "give each output its own name");
      }
      if ((output.role() == null) == (output.parameter() == null)) {
        error(
            DiagnosticCode.INVALID_VALUE,
            path,
            "an output needs exactly one of 'role' and 'parameter'",
            "add 'role: <role id>' to output a role's ARN");
        continue;
      }
      if (output.role() != null && !roleIds.contains(output.role())) {
        error(
            DiagnosticCode.UNDEFINED_REFERENCE,
            path + ".role",
            "output refers to role '" + output.role() + "', which the blueprint does not create",
            DidYouMean.hint(output.role(), roleIds));
      }
      if (output.parameter() != null) {
        ParameterSpec parameter = parameters.get(output.parameter());
        boolean isExternalId = output.parameter().equals(blueprint.externalId().parameter());
        if (parameter == null && !isExternalId) {
          error(
              DiagnosticCode.UNDEFINED_PARAMETER,
              path + ".parameter",
              "output refers to parameter '" + output.parameter() + "', which is not declared",
              DidYouMean.hint(output.parameter(), parameters.keySet()));
        } else if (parameter != null && parameter.noEcho()) {
          error(
              DiagnosticCode.INVALID_VALUE,
              path + ".parameter",
              "output would show NoEcho parameter '" + output.parameter() + "' in plain text",
              "do not output secret parameters");
        }
      }
    }
  }

  private void checkRegions() {
    for (int i = 0; i < blueprint.regions().size(); i++) {
      String region = blueprint.regions().get(i);
      if (!Partition.REGION.matcher(region).matches()) {
        error(
            DiagnosticCode.INVALID_VALUE,
            "regions[" + i + "]",
            "'" + region + "' is not an AWS region name",
            "write region codes such as us-east-1, eu-west-1 or us-gov-west-1");
      }
    }
  }

  private void checkCostReport(CostReportSpec report) {
    Set<String> roleIds = new HashSet<>();
    blueprint.roles().forEach(role -> roleIds.add(role.id()));
    for (int i = 0; i < report.readBy().size(); i++) {
      String role = report.readBy().get(i);
      if (!roleIds.contains(role)) {
        error(
            DiagnosticCode.UNDEFINED_REFERENCE,
            "costReport.readBy[" + i + "]",
            "role '" + role + "' is not created by this blueprint",
            DidYouMean.hint(role, roleIds));
      }
    }
    String kms = report.bucket().kmsKeyParameter();
    if (kms != null
        && parameters.containsKey(kms)
        && parameters.get(kms).type() != ParameterSpec.Type.STRING) {
      error(
          DiagnosticCode.INVALID_PARAMETER,
          "costReport.bucket.kmsKeyParameter",
          "parameter '" + kms + "' holds a KMS key ARN but is not a String",
          "make it a String parameter, or leave it undeclared so it is created for you");
    }
    String pattern = report.bucket().namePattern();
    if (pattern != null && !pattern.contains("${AWS::AccountId}")) {
      error(
          DiagnosticCode.INVALID_NAME,
          "costReport.bucket.namePattern",
          "bucket name pattern '"
              + pattern
              + "' is the same in every customer account, and S3"
              + " bucket names are global",
          "include ${AWS::AccountId}, such as acme-cur-${AWS::AccountId}, or leave the name to"
              + " CloudFormation");
    }
    checkReport(report.report());
    if (!SUPPORTED_RUNTIMES.contains(report.lambda().runtime())) {
      error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.lambda.runtime",
          "runtime '"
              + report.lambda().runtime()
              + "' is deprecated or not a Python runtime"
              + " Lambda supports",
          DidYouMean.hint(report.lambda().runtime(), SUPPORTED_RUNTIMES));
    }
    if (!LOG_RETENTION_DAYS.contains(report.lambda().logRetentionDays())) {
      error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.lambda.logRetentionDays",
          report.lambda().logRetentionDays() + " is not a retention CloudWatch Logs offers",
          "use one of " + LOG_RETENTION_DAYS);
    }
    if (report.mode() == CostReportSpec.Mode.NATIVE) {
      List<String> elsewhere =
          blueprint.regions().stream().filter(region -> !region.equals("us-east-1")).toList();
      if (!elsewhere.isEmpty()) {
        error(
            DiagnosticCode.INVALID_VALUE,
            "costReport.mode",
            "mode 'native' creates the report with a resource CloudFormation supports only in"
                + " us-east-1, but the blueprint's regions include "
                + String.join(", ", elsewhere),
            "use 'mode: lambda' (it creates the report from any region), or list only us-east-1"
                + " under regions");
      }
    }
  }

  private void checkReport(CostReportSpec.ReportSpec report) {
    boolean legacy = report.kind() == CostReportSpec.Kind.LEGACY;
    if (!legacy && (report.query() == null || report.query().isBlank())) {
      error(
          DiagnosticCode.MISSING_KEY,
          "costReport.report.query",
          "a cur2 export needs its SQL query",
          "add 'query: SELECT ... FROM COST_AND_USAGE_REPORT'");
    }
    if (legacy && report.query() != null) {
      error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.report.query",
          "a query is only used by 'kind: cur2' exports",
          "remove the query, or set 'kind: cur2'");
    }
    if (!legacy && !report.additionalSchemaElements().isEmpty()) {
      error(
          DiagnosticCode.INVALID_VALUE,
          "costReport.report.additionalSchemaElements",
          "additional schema elements belong to legacy CUR; a cur2 export selects columns in"
              + " its query",
          "remove additionalSchemaElements, or set 'kind: legacy'");
    }
    for (int i = 0; i < report.additionalSchemaElements().size(); i++) {
      String element = report.additionalSchemaElements().get(i);
      if (!SCHEMA_ELEMENTS.contains(element)) {
        error(
            DiagnosticCode.INVALID_VALUE,
            "costReport.report.additionalSchemaElements[" + i + "]",
            "'" + element + "' is not a CUR schema element",
            DidYouMean.hint(element, SCHEMA_ELEMENTS));
      }
    }
  }

  private void error(DiagnosticCode code, String path, String message, String hint) {
    diagnostics.error(code, source.at(path), message, hint);
  }
}

package dev.onramp.importer;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A StackSet's settings as the {@code organization} section says them: the permission model, who
 * calls, automatic deployment, managed execution, the rollout, the StackSet's name and, for a
 * self-managed StackSet, its administration and execution roles; where the stacks go is {@link
 * StackSetTargets}. Where CloudFormation's default differs from Onramp's, the original's (default)
 * value is written out, so the draft deploys as the original did.
 */
final class StackSetSettings {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ADMINISTRATION_ARN =
      Pattern.compile(
          "arn:(?:aws[a-z-]*|\\$\\{AWS::Partition\\}):iam::(\\d{12}|\\$\\{AWS::AccountId\\}):role/([\\w+=,.@/-]{1,512})");

  /** CloudFormation's execution role when a self-managed StackSet names none. */
  static final String CLOUDFORMATION_EXECUTION_ROLE = "AWSCloudFormationStackSetExecutionRole";

  private final ImportContext context;
  private final Template.Resource stackSet;
  private final Map<String, Object> properties;
  private final DraftMap settings = new DraftMap();
  private final List<String> changes = new ArrayList<>();
  private StackSetTargets targets;

  StackSetSettings(ImportContext context, String id, Template.Resource stackSet) {
    this.context = context;
    this.stackSet = stackSet;
    this.properties = stackSet.properties();
  }

  List<String> changes() {
    return changes;
  }

  List<StackSetTargets.Claim> claimedParameters() {
    return targets.claims();
  }

  /** Reads every setting; a problem means the section cannot say this StackSet. */
  Optional<String> read() {
    Object model = properties.get("PermissionModel");
    boolean serviceManaged;
    if ("SERVICE_MANAGED".equals(model)) {
      serviceManaged = true;
    } else if ("SELF_MANAGED".equals(model) || model == null) {
      serviceManaged = false;
      settings.put("permissionModel", OrganizationSpec.PermissionModel.SELF_MANAGED.label());
    } else {
      return Optional.of("its PermissionModel " + CanonicalText.of(model) + " is not a literal");
    }
    name();
    if (properties.containsKey("Description")) {
      changes.add("Description dropped: Onramp describes the StackSet by its member blueprint");
    }
    if (properties.containsKey("Tags")) {
      changes.add("Tags dropped: organization: tags no StackSet (they grant nothing)");
    }
    if (properties.containsKey("Capabilities")) {
      changes.add(
          "Capabilities "
              + CanonicalText.of(properties.get("Capabilities"))
              + " dropped: Onramp gives the StackSet those its member template needs");
    }
    Optional<String> problem =
        serviceManaged ? serviceManaged() : selfManaged().or(this::noServiceManagedKeys);
    if (problem.isPresent()) {
      return problem;
    }
    managedExecution();
    Optional<String> rollout = operationPreferences();
    if (rollout.isPresent()) {
      return rollout;
    }
    targets = new StackSetTargets(context, serviceManaged, changes);
    return targets.read(properties.get("StackInstancesGroup"));
  }

  /** Writes the settings after {@code memberBlueprint}, in the language's order. */
  void writeTo(DraftMap organization) {
    settings.values().forEach((key, value) -> organization.put(key, value, settings.comment(key)));
    targets.writeTo(organization);
  }

  private void name() {
    Object name = properties.get("StackSetName");
    if (name instanceof String literal && NAME.matcher(literal).matches()) {
      settings.put("stackSetName", literal);
    } else if (name != null) {
      changes.add(
          "StackSetName "
              + CanonicalText.of(name)
              + " has no blueprint form (a literal name only); the StackSet is named after the"
              + " stack: ${AWS::StackName}-members");
    } else {
      changes.add(
          "the StackSet, unnamed (CloudFormation made up a name), is named ${AWS::StackName}-members");
    }
  }

  private Optional<String> serviceManaged() {
    Object callAs = properties.get("CallAs");
    if ("DELEGATED_ADMIN".equals(callAs)) {
      settings.put("callAs", OrganizationSpec.CallAs.DELEGATED_ADMIN.label());
    } else if (callAs != null && !"SELF".equals(callAs)) {
      return Optional.of("its CallAs " + CanonicalText.of(callAs) + " is not a literal");
    }
    for (String key : List.of("AdministrationRoleARN", "ExecutionRoleName")) {
      if (properties.containsKey(key)) {
        changes.add(key + " dropped: a service-managed StackSet uses no such role");
      }
    }
    Object automatic = properties.get("AutoDeployment");
    DraftMap auto = new DraftMap();
    if (automatic == null) {
      // CloudFormation's default is off, Onramp's on.
      auto.put("enabled", false);
    } else if (automatic instanceof Map<?, ?> fields) {
      Optional<Boolean> enabled = bool(fields.get("Enabled"));
      Optional<Boolean> retain = bool(fields.get("RetainStacksOnAccountRemoval"));
      if (fields.get("Enabled") != null && enabled.isEmpty()
          || fields.get("RetainStacksOnAccountRemoval") != null && retain.isEmpty()) {
        return Optional.of("its AutoDeployment is not literal true or false");
      }
      boolean on = enabled.orElse(false);
      auto.put("enabled", on ? null : false);
      if (on && retain.orElse(false)) {
        auto.put("retainStacksOnAccountRemoval", true);
      }
    } else {
      return Optional.of("its AutoDeployment is not a map");
    }
    if (!auto.isEmpty()) {
      settings.put(
          "autoDeployment",
          auto,
          automatic == null ? "CloudFormation's default, which the original relies on." : null);
    }
    return Optional.empty();
  }

  private Optional<String> selfManaged() {
    Object arn = properties.get("AdministrationRoleARN");
    if (arn != null) {
      String text = arn instanceof String s ? s : arn instanceof Fn.Sub sub ? sub.text() : null;
      Matcher matcher = text == null ? null : ADMINISTRATION_ARN.matcher(text);
      if (matcher == null || !matcher.matches()) {
        return Optional.of(
            "its AdministrationRoleARN "
                + CanonicalText.of(arn)
                + " is not a role of this account named by a literal, which is all"
                + " organization.administrationRole can say");
      }
      if (!matcher.group(1).startsWith("$")) {
        changes.add(
            "AdministrationRoleARN names account "
                + matcher.group(1)
                + "; Onramp names the role in the account of the stack (${AWS::AccountId})");
      }
      if (!matcher.group(2).equals(OrganizationSpec.DEFAULT_ADMINISTRATION_ROLE)) {
        settings.put("administrationRole", matcher.group(2));
      }
    }
    Object execution = properties.get("ExecutionRoleName");
    if (execution == null) {
      settings.put(
          "executionRole",
          CLOUDFORMATION_EXECUTION_ROLE,
          "CloudFormation's default, which the original relies on.");
    } else if (execution instanceof String name && ROLE_NAME.matcher(name).matches()) {
      if (!name.equals(OrganizationSpec.DEFAULT_EXECUTION_ROLE)) {
        settings.put("executionRole", name);
      }
    } else {
      return Optional.of(
          "its ExecutionRoleName "
              + CanonicalText.of(execution)
              + " is not a literal role name, which is all organization.executionRole can say");
    }
    return Optional.empty();
  }

  private Optional<String> noServiceManagedKeys() {
    for (String key : List.of("AutoDeployment", "CallAs")) {
      if (properties.containsKey(key)) {
        changes.add(key + " dropped: it applies to service-managed StackSets only");
      }
    }
    return Optional.empty();
  }

  private void managedExecution() {
    Object managed = properties.get("ManagedExecution");
    Optional<Boolean> active =
        managed instanceof Map<?, ?> fields ? bool(fields.get("Active")) : Optional.empty();
    if (managed == null) {
      // CloudFormation's default is inactive, Onramp's active.
      settings.put(
          "managedExecution", false, "CloudFormation's default, which the original relies on.");
    } else if (active.isEmpty()) {
      changes.add(
          "ManagedExecution "
              + CanonicalText.of(managed)
              + " is not a literal; operations run concurrently (Onramp's default)");
    } else if (!active.get()) {
      settings.put("managedExecution", false);
    }
  }

  private Optional<String> operationPreferences() {
    Object given = properties.get("OperationPreferences");
    if (given == null) {
      changes.add(
          "no OperationPreferences: Onramp's rollout (a quarter of the accounts at once, a tenth"
              + " may fail, regions in parallel) instead of CloudFormation's one account at a"
              + " time, which takes hours in a large organization");
      return Optional.empty();
    }
    if (!(given instanceof Map<?, ?> fields)) {
      return Optional.of("its OperationPreferences is not a map");
    }
    DraftMap preferences = new DraftMap();
    for (Map.Entry<?, ?> entry : fields.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Object value = entry.getValue();
      switch (key) {
        case "FailureToleranceCount",
            "FailureTolerancePercentage",
            "MaxConcurrentCount",
            "MaxConcurrentPercentage" -> {
          Optional<Integer> number = integer(value);
          if (number.isEmpty()) {
            return Optional.of("its OperationPreferences." + key + " is not a literal number");
          }
          preferences.put(Character.toLowerCase(key.charAt(0)) + key.substring(1), number.get());
        }
        case "RegionConcurrencyType" -> {
          if (!(value instanceof String text && List.of("PARALLEL", "SEQUENTIAL").contains(text))) {
            return Optional.of("its RegionConcurrencyType is not PARALLEL or SEQUENTIAL");
          }
          preferences.put("regionConcurrency", text.toLowerCase(Locale.ROOT));
        }
        case "ConcurrencyMode" -> {
          if (!(value instanceof String text
              && List.of("STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE").contains(text))) {
            return Optional.of("its ConcurrencyMode is not a literal mode");
          }
          preferences.put("concurrencyMode", text.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        case "RegionOrder" ->
            changes.add("RegionOrder dropped: Onramp orders the regions as organization.regions");
        default -> {
          return Optional.of("organization.operationPreferences has no key for " + key);
        }
      }
    }
    List<String> defaulted = new ArrayList<>();
    if (!fields.containsKey("MaxConcurrentCount")
        && !fields.containsKey("MaxConcurrentPercentage")) {
      defaulted.add("a quarter of the accounts at once");
    }
    if (!fields.containsKey("FailureToleranceCount")
        && !fields.containsKey("FailureTolerancePercentage")) {
      defaulted.add("a tenth may fail");
    }
    if (!fields.containsKey("RegionConcurrencyType")) {
      defaulted.add("regions in parallel");
    }
    if (!fields.containsKey("ConcurrencyMode")) {
      defaulted.add("soft failure tolerance");
    }
    if (!defaulted.isEmpty()) {
      changes.add(
          "OperationPreferences not given take Onramp's defaults ("
              + String.join(", ", defaulted)
              + ") instead of CloudFormation's (one account at a time, none may fail, regions"
              + " one after the other, strict failure tolerance)");
    }
    settings.put("operationPreferences", preferences);
    return Optional.empty();
  }

  static Optional<Boolean> bool(Object value) {
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String text && List.of("true", "false").contains(text)) {
      return Optional.of(Boolean.parseBoolean(text));
    }
    return Optional.empty();
  }

  static Optional<Integer> integer(Object value) {
    if (value instanceof Number number) {
      return Optional.of(number.intValue());
    }
    if (value instanceof String text && text.matches("\\d{1,6}")) {
      return Optional.of(Integer.parseInt(text));
    }
    return Optional.empty();
  }
}

package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Key;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import java.util.List;

/**
 * The organization fan-out: a StackSet that gives every member account the member blueprint's
 * template, service-managed (AWS Organizations deploys to OUs, including accounts that join later)
 * or self-managed (a list of accounts, through administration and execution roles), and optionally
 * the same member resources in the management account, which service-managed StackSets skip.
 */
public record OrganizationSpec(
    @Required
        @Pattern(
            value = "[a-z][a-z0-9-]{0,62}",
            meaning = "the metadata.name of a blueprint: lower-case letters, digits and hyphens")
        @Doc("metadata.name of the blueprint every member account gets, from the same build.")
        String memberBlueprint,
    @Doc("service-managed (default: AWS Organizations, OU targets) or self-managed (account list).")
        PermissionModel permissionModel,
    @Pattern(
            value = "[a-zA-Z][-a-zA-Z0-9]{0,127}",
            meaning = "letters, digits and hyphens, starting with a letter, at most 128")
        @Doc("StackSet name. Default: the stack's name followed by -members.")
        String stackSetName,
    @Doc("Service-managed: self (default, the management account) or delegated-admin.")
        CallAs callAs,
    @Doc("Let CloudFormation run non-conflicting StackSet operations concurrently. Default true.")
        Boolean managedExecution,
    @Doc("Regions every member account gets a stack in. Default: the region of this stack.")
        List<String> regions,
    @Doc("Service-managed: deploy to accounts that join the targeted OUs later. Default on.")
        AutoDeploymentSpec autoDeployment,
    @Doc("Service-managed: the parameter that lists the target OU and root ids.")
        ListParameterSpec organizationalUnits,
    @Doc("Service-managed: an account-list parameter that narrows the OU targets.")
        AccountFilterSpec accountFilter,
    @Doc("Self-managed: the parameter that lists the target account ids.")
        ListParameterSpec accounts,
    @Pattern(value = "[\\w+=,.@/-]{1,512}", meaning = "an IAM role name, with an optional path")
        @Doc(
            "Self-managed: the administration role in this account. Default"
                + " AWSCloudFormationStackSetAdministrationRole.")
        String administrationRole,
    @Doc(
            "Self-managed: create the administration role in this stack, scoped to the execution role.")
        Boolean createAdministrationRole,
    @Pattern(value = "[\\w+=,.@-]{1,64}", meaning = "an IAM role name")
        @Doc(
            "Self-managed: the role CloudFormation assumes in each member account. Default"
                + " OrganizationAccountAccessRole.")
        String executionRole,
    @Doc("How fast the StackSet rolls out and how many failures stop it.")
        OperationPreferencesSpec operationPreferences,
    @Doc("A switch that also creates the member resources in this (management) account.")
        ManagementAccountSpec managementAccount,
    @Doc(
            "Create the StackSet and the management account's copy only when a parameter has one"
                + " of the given values.")
        Switch when,
    @Doc(
            "Self-managed, with createAdministrationRole: create the administration role only when"
                + " a parameter has one of the given values, so a customer who has the role already"
                + " can use it.")
        Switch administrationRoleWhen) {

  public static final String DEFAULT_ADMINISTRATION_ROLE =
      "AWSCloudFormationStackSetAdministrationRole";
  public static final String DEFAULT_EXECUTION_ROLE = "OrganizationAccountAccessRole";

  public OrganizationSpec {
    permissionModel = permissionModel == null ? PermissionModel.SERVICE_MANAGED : permissionModel;
    callAs = callAs == null ? CallAs.SELF : callAs;
    managedExecution = managedExecution == null || managedExecution;
    regions = regions == null ? List.of() : List.copyOf(regions);
    autoDeployment = autoDeployment == null ? AutoDeploymentSpec.DEFAULT : autoDeployment;
    createAdministrationRole = createAdministrationRole != null && createAdministrationRole;
    operationPreferences =
        operationPreferences == null ? OperationPreferencesSpec.DEFAULT : operationPreferences;
  }

  /** The administration role name, defaulted for self-managed StackSets. */
  public String administrationRoleOrDefault() {
    return administrationRole == null ? DEFAULT_ADMINISTRATION_ROLE : administrationRole;
  }

  /** The execution role name, defaulted for self-managed StackSets. */
  public String executionRoleOrDefault() {
    return executionRole == null ? DEFAULT_EXECUTION_ROLE : executionRole;
  }

  /** Who grants CloudFormation the right to deploy to member accounts. */
  public enum PermissionModel implements Labeled {
    SERVICE_MANAGED("service-managed", "SERVICE_MANAGED"),
    SELF_MANAGED("self-managed", "SELF_MANAGED");

    private final String label;
    private final String cloudFormation;

    PermissionModel(String label, String cloudFormation) {
      this.label = label;
      this.cloudFormation = cloudFormation;
    }

    @Override
    public String label() {
      return label;
    }

    public String cloudFormation() {
      return cloudFormation;
    }
  }

  /** In which capacity the management or delegated administrator account acts. */
  public enum CallAs implements Labeled {
    SELF("self", "SELF"),
    DELEGATED_ADMIN("delegated-admin", "DELEGATED_ADMIN");

    private final String label;
    private final String cloudFormation;

    CallAs(String label, String cloudFormation) {
      this.label = label;
      this.cloudFormation = cloudFormation;
    }

    @Override
    public String label() {
      return label;
    }

    public String cloudFormation() {
      return cloudFormation;
    }
  }

  /** Automatic deployment to accounts that join (or leave) a targeted OU. */
  public record AutoDeploymentSpec(
      @Doc("Deploy to accounts added to a targeted OU. Default true.") Boolean enabled,
      @Doc("Keep the stack in an account that leaves the OUs. Default false: it is deleted.")
          Boolean retainStacksOnAccountRemoval) {
    public static final AutoDeploymentSpec DEFAULT = new AutoDeploymentSpec(null, null);

    public AutoDeploymentSpec {
      enabled = enabled == null || enabled;
      retainStacksOnAccountRemoval =
          retainStacksOnAccountRemoval != null && retainStacksOnAccountRemoval;
    }
  }

  /** A comma-separated list parameter the customer fills in (OU ids or account ids). */
  public record ListParameterSpec(
      @Pattern(
              value = "[A-Za-z][A-Za-z0-9]{0,254}",
              meaning = "letters and digits, starting with a letter")
          @Doc("Parameter name.")
          String parameter,
      @Doc("Label shown in the console.") String label,
      @Doc("Parameter description shown in the console.") String description,
      @Key("default") @Doc("Default ids.") List<String> defaultValues) {
    public ListParameterSpec {
      defaultValues = defaultValues == null ? List.of() : List.copyOf(defaultValues);
    }
  }

  /** An account list combined with the OU targets by an account filter. */
  public record AccountFilterSpec(
      @Pattern(
              value = "[A-Za-z][A-Za-z0-9]{0,254}",
              meaning = "letters and digits, starting with a letter")
          @Doc("Parameter name. Default ExcludedAccountIds.")
          String parameter,
      @Doc("difference (default: every OU account but these) or intersection (only these).")
          FilterType type,
      @Doc("Label shown in the console.") String label,
      @Doc("Parameter description shown in the console.") String description) {
    public AccountFilterSpec {
      parameter = parameter == null ? "ExcludedAccountIds" : parameter;
      type = type == null ? FilterType.DIFFERENCE : type;
    }
  }

  /** CloudFormation's AccountFilterType values; UNION is named so it can be refused clearly. */
  public enum FilterType implements Labeled {
    DIFFERENCE,
    INTERSECTION,
    UNION;

    public String cloudFormation() {
      return name();
    }
  }

  /**
   * How a StackSet operation rolls out. CloudFormation's own default, one account at a time with no
   * failure allowed, takes hours in a large organization; the defaults here deploy a quarter of the
   * accounts at once and let a tenth fail (an account with a conflicting role) without stopping.
   */
  public record OperationPreferencesSpec(
      @Range(min = 1, max = 100) @Doc("Percentage of accounts deployed at once. Default 25.")
          Integer maxConcurrentPercentage,
      @Range(min = 1, max = 10000) @Doc("Number of accounts deployed at once.")
          Integer maxConcurrentCount,
      @Range(min = 0, max = 100)
          @Doc("Percentage of accounts that may fail per region. Default 10.")
          Integer failureTolerancePercentage,
      @Range(min = 0, max = 10000) @Doc("Number of accounts that may fail per region.")
          Integer failureToleranceCount,
      @Doc("parallel (default) or sequential regions.") RegionConcurrency regionConcurrency,
      @Doc(
              "soft-failure-tolerance (default: concurrency is not capped by the failure"
                  + " tolerance) or strict-failure-tolerance.")
          ConcurrencyMode concurrencyMode) {
    public static final OperationPreferencesSpec DEFAULT =
        new OperationPreferencesSpec(null, null, null, null, null, null);

    public OperationPreferencesSpec {
      if (maxConcurrentPercentage == null && maxConcurrentCount == null) {
        maxConcurrentPercentage = 25;
      }
      if (failureTolerancePercentage == null && failureToleranceCount == null) {
        failureTolerancePercentage = 10;
      }
      regionConcurrency =
          regionConcurrency == null ? RegionConcurrency.PARALLEL : regionConcurrency;
      concurrencyMode =
          concurrencyMode == null ? ConcurrencyMode.SOFT_FAILURE_TOLERANCE : concurrencyMode;
    }
  }

  /** Regions one after the other, or all at once. */
  public enum RegionConcurrency implements Labeled {
    PARALLEL,
    SEQUENTIAL;

    public String cloudFormation() {
      return name();
    }
  }

  /** How the failure tolerance bounds concurrency. */
  public enum ConcurrencyMode implements Labeled {
    STRICT_FAILURE_TOLERANCE,
    SOFT_FAILURE_TOLERANCE;

    public String cloudFormation() {
      return name();
    }
  }

  /** The switch that creates the member resources in the management account too. */
  public record ManagementAccountSpec(
      @Pattern(
              value = "[A-Za-z][A-Za-z0-9]{0,254}",
              meaning = "letters and digits, starting with a letter")
          @Doc("Parameter name of the switch. Default IncludeManagementAccount.")
          String parameter,
      @Key("default") @Doc("Default value of the switch. Default true.") Boolean defaultValue,
      @Pattern(value = "[A-Z][A-Za-z0-9]{0,31}", meaning = "letters and digits, capitalised")
          @Doc("Prefix of the member resources' logical ids here. Default Management.")
          String logicalIdPrefix) {
    public ManagementAccountSpec {
      parameter = parameter == null ? "IncludeManagementAccount" : parameter;
      defaultValue = defaultValue == null || defaultValue;
      logicalIdPrefix = logicalIdPrefix == null ? "Management" : logicalIdPrefix;
    }
  }
}

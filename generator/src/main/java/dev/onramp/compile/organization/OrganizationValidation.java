package dev.onramp.compile.organization;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.OrganizationSpec.OperationPreferencesSpec;
import dev.onramp.blueprint.model.OrganizationSpec.PermissionModel;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks an organization section on its own, before the member blueprint is looked up: the settings
 * that belong to the other permission model, OU and account ids, the account filter, regions and
 * operation preferences — the known ways public fan-out templates fail at deploy time.
 */
final class OrganizationValidation {
  /** An OU id ({@code ou-ab12-cd34ef56}) or a root id ({@code r-ab12}), as Organizations writes. */
  static final String OU_PATTERN = "^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$";

  private static final Pattern OU_ID = Pattern.compile(OU_PATTERN);
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  private static final List<String> SERVICE_MANAGED_ONLY =
      List.of("callAs", "autoDeployment", "organizationalUnits", "accountFilter");
  private static final List<String> SELF_MANAGED_ONLY =
      List.of("accounts", "administrationRole", "createAdministrationRole", "executionRole");

  private final SectionContext context;
  private final Blueprint blueprint;
  private final OrganizationSpec organization;

  private OrganizationValidation(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
    this.organization = blueprint.organization();
  }

  static void check(SectionContext context) {
    if (context.blueprint().organization() != null) {
      new OrganizationValidation(context).run();
    }
  }

  private void run() {
    if (organization.memberBlueprint().equals(blueprint.metadata().name())) {
      error(
          "memberBlueprint",
          "the blueprint names itself as its member, so every member stack would start another"
              + " fan-out",
          "name the blueprint of the member accounts' stack, a blueprint without an organization"
              + " section");
    }
    checkPermissionModelSettings();
    checkIds(organization.organizationalUnits(), "organizationalUnits", OU_ID, "OU or root id");
    checkIds(organization.accounts(), "accounts", ACCOUNT_ID, "account id");
    checkAccountFilter();
    checkRegions();
    checkOperationPreferences(organization.operationPreferences());
    checkManagementAccount();
    checkParameterNames();
  }

  private void checkPermissionModelSettings() {
    boolean serviceManaged = organization.permissionModel() == PermissionModel.SERVICE_MANAGED;
    List<String> foreign = serviceManaged ? SELF_MANAGED_ONLY : SERVICE_MANAGED_ONLY;
    for (String key : foreign) {
      if (context.source().isWritten("organization." + key)) {
        error(
            key,
            "'"
                + key
                + "' applies to "
                + (serviceManaged ? "self-managed" : "service-managed")
                + " StackSets, and this one is "
                + organization.permissionModel().label(),
            serviceManaged
                ? "remove it, or set permissionModel: self-managed to deploy to a list of accounts"
                : "remove it, or set permissionModel: service-managed to deploy to OUs");
      }
    }
  }

  private void checkIds(
      OrganizationSpec.ListParameterSpec list, String key, Pattern pattern, String what) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.defaultValues().size(); i++) {
      String id = list.defaultValues().get(i);
      if (!pattern.matcher(id).matches()) {
        error(
            key + ".default[" + i + "]",
            "'" + id + "' is not a well-formed " + what,
            key.equals("accounts")
                ? "write the 12 digits of the account, quoted: \"111122223333\""
                : "write an OU id such as ou-ab12-cd34ef56 (4 to 32 lower-case letters or digits,"
                    + " a hyphen, 8 to 32 more) or a root id such as r-ab12");
      }
    }
  }

  private void checkAccountFilter() {
    OrganizationSpec.AccountFilterSpec filter = organization.accountFilter();
    if (filter != null && filter.type() == OrganizationSpec.FilterType.UNION) {
      error(
          "accountFilter.type",
          "AccountFilterType UNION is rejected by CloudFormation's StackSet resource, so the"
              + " stack would fail to create",
          "use difference to deploy to every account of the OUs except the listed ones, or"
              + " intersection to deploy only to the listed accounts of the OUs");
    }
  }

  private void checkRegions() {
    Set<String> seen = new HashSet<>();
    Set<String> partitions = new TreeSet<>();
    for (int i = 0; i < organization.regions().size(); i++) {
      String region = organization.regions().get(i);
      String path = "regions[" + i + "]";
      if (!Partition.REGION.matcher(region).matches()) {
        error(
            path,
            "'" + region + "' is not an AWS region name",
            "write region codes such as us-east-1 or eu-west-1");
      } else if (!seen.add(region)) {
        error(
            path,
            "region " + region + " is listed twice",
            "list each region once; a StackSet creates one stack per account and region");
      } else {
        partitions.add(Partition.ofRegion(region).id());
      }
    }
    if (partitions.size() > 1) {
      context.error(
          DiagnosticCode.WRONG_PARTITION,
          "organization.regions",
          "the regions span partitions "
              + String.join(" and ", partitions)
              + ", but a StackSet deploys within the partition of its own stack",
          "keep one partition's regions here; onboard another partition with its own stack");
    }
  }

  private void checkOperationPreferences(OperationPreferencesSpec preferences) {
    String path = "operationPreferences.";
    if (preferences.maxConcurrentCount() != null && preferences.maxConcurrentPercentage() != null) {
      error(
          path + "maxConcurrentCount",
          "both maxConcurrentCount and maxConcurrentPercentage are set; CloudFormation takes one",
          "keep one of the two");
    }
    if (preferences.failureToleranceCount() != null
        && preferences.failureTolerancePercentage() != null) {
      error(
          path + "failureToleranceCount",
          "both failureToleranceCount and failureTolerancePercentage are set; CloudFormation"
              + " takes one",
          "keep one of the two");
    }
    boolean strict =
        preferences.concurrencyMode() == OrganizationSpec.ConcurrencyMode.STRICT_FAILURE_TOLERANCE;
    Integer count = preferences.maxConcurrentCount();
    Integer tolerance = preferences.failureToleranceCount();
    if (strict && count != null && tolerance != null && count > tolerance + 1) {
      error(
          path + "maxConcurrentCount",
          "with strict failure tolerance at most failureToleranceCount + 1 = "
              + (tolerance + 1)
              + " accounts are deployed at once, not "
              + count,
          "lower maxConcurrentCount, raise failureToleranceCount, or use concurrencyMode:"
              + " soft-failure-tolerance");
    }
  }

  private void checkManagementAccount() {
    if (organization.managementAccount() != null
        && organization.callAs() == OrganizationSpec.CallAs.DELEGATED_ADMIN) {
      error(
          "managementAccount",
          "with callAs delegated-admin this stack runs in the delegated administrator account,"
              + " not the management account, so the copy would land in the wrong account",
          "remove managementAccount and onboard the management account with its own stack of the"
              + " member blueprint");
    }
  }

  /** The parameters the organization adds must not clash with the blueprint's own. */
  private void checkParameterNames() {
    Set<String> declared = new HashSet<>();
    declared.add(blueprint.externalId().parameter());
    blueprint.parameters().stream().map(ParameterSpec::name).forEach(declared::add);
    Set<String> added = new HashSet<>();
    for (OrganizationParameters.Added parameter :
        OrganizationParameters.of(blueprint.organization())) {
      String path = "organization." + parameter.key();
      if (declared.contains(parameter.name()) || !added.add(parameter.name())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path,
            "the organization's parameter '" + parameter.name() + "' is declared twice",
            "name it differently under " + path + ", or rename the blueprint's parameter");
      }
    }
  }

  private void error(String path, String message, String hint) {
    context.error(DiagnosticCode.INVALID_ORGANIZATION, "organization." + path, message, hint);
  }
}

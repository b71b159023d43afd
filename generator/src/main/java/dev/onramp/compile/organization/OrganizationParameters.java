package dev.onramp.compile.organization;

import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.OrganizationSpec.ListParameterSpec;
import dev.onramp.blueprint.model.OrganizationSpec.PermissionModel;
import dev.onramp.blueprint.model.ParameterSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack parameters an organization section adds, in console order: where the member stacks go
 * (OUs, an account filter, or an account list) and the management-account switch.
 */
final class OrganizationParameters {
  static final String GROUP = "Member accounts";
  static final String DEFAULT_OU_PARAMETER = "OrganizationalUnitIds";
  static final String DEFAULT_ACCOUNTS_PARAMETER = "AccountIds";

  private static final String ACCOUNT_PATTERN = "^\\d{12}$";
  private static final String OPTIONAL_ACCOUNT_PATTERN = "^(\\d{12})?$";
  private static final String ACCOUNT_CONSTRAINT = "Each must be a 12-digit AWS account id.";

  private OrganizationParameters() {}

  /** A parameter the organization adds, with the key of the blueprint element that asked for it. */
  record Added(String key, String name, ParameterSpec spec) {}

  static List<Added> of(OrganizationSpec organization) {
    List<Added> added = new ArrayList<>();
    if (organization.permissionModel() == PermissionModel.SERVICE_MANAGED) {
      ListParameterSpec units = organization.organizationalUnits();
      String name = named(units, DEFAULT_OU_PARAMETER);
      added.add(
          new Added(
              "organizationalUnits",
              name,
              list(
                  name,
                  units,
                  "Organizational units (OU or root ids)",
                  "Ids of the OUs (ou-...) or the root (r-...) whose accounts get the member stack,"
                      + " comma separated."
                      + (organization.autoDeployment().enabled()
                          ? " Accounts that join them later get it too."
                          : ""),
                  OrganizationValidation.OU_PATTERN,
                  "Each must be an OU id (ou-ab12-cd34ef56) or a root id (r-ab12).")));
      OrganizationSpec.AccountFilterSpec filter = organization.accountFilter();
      if (filter != null) {
        boolean exclusions = filter.type() == OrganizationSpec.FilterType.DIFFERENCE;
        added.add(
            new Added(
                "accountFilter",
                filter.parameter(),
                new ParameterSpec(
                    filter.parameter(),
                    ParameterSpec.Type.COMMA_DELIMITED_LIST,
                    orDefault(
                        filter.description(),
                        exclusions
                            ? "Accounts of those OUs that must not get the member stack, comma"
                                + " separated. Leave empty for none."
                            : "The only accounts of those OUs that get the member stack, comma"
                                + " separated."),
                    orDefault(filter.label(), exclusions ? "Excluded account ids" : "Account ids"),
                    GROUP,
                    exclusions ? "" : null,
                    null,
                    exclusions ? OPTIONAL_ACCOUNT_PATTERN : ACCOUNT_PATTERN,
                    ACCOUNT_CONSTRAINT,
                    false,
                    null,
                    null)));
      }
    } else {
      ListParameterSpec accounts = organization.accounts();
      String name = named(accounts, DEFAULT_ACCOUNTS_PARAMETER);
      added.add(
          new Added(
              "accounts",
              name,
              list(
                  name,
                  accounts,
                  "Member account ids",
                  "Enter all account numbers that get the member stack, comma separated. This"
                      + " management account is covered by its own switch.",
                  ACCOUNT_PATTERN,
                  ACCOUNT_CONSTRAINT)));
    }
    OrganizationSpec.ManagementAccountSpec management = organization.managementAccount();
    if (management != null) {
      added.add(
          new Added(
              "managementAccount",
              management.parameter(),
              new ParameterSpec(
                  management.parameter(),
                  ParameterSpec.Type.BOOLEAN,
                  "StackSets never deploy to the management account; true creates the member"
                      + " accounts' resources in this account too.",
                  "Onboard this management account too",
                  GROUP,
                  management.defaultValue().toString(),
                  null,
                  null,
                  null,
                  false,
                  null,
                  null)));
    }
    return List.copyOf(added);
  }

  private static String named(ListParameterSpec list, String defaultName) {
    return list == null || list.parameter() == null ? defaultName : list.parameter();
  }

  private static ParameterSpec list(
      String name,
      ListParameterSpec list,
      String label,
      String description,
      String pattern,
      String constraint) {
    List<String> defaults = list == null ? List.of() : list.defaultValues();
    return new ParameterSpec(
        name,
        ParameterSpec.Type.COMMA_DELIMITED_LIST,
        list == null ? description : orDefault(list.description(), description),
        list == null ? label : orDefault(list.label(), label),
        GROUP,
        defaults.isEmpty() ? null : String.join(",", defaults),
        null,
        pattern,
        constraint,
        false,
        null,
        null);
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}

package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;

/**
 * Checks the parameters a role names for its permissions boundary and its region list: either left
 * undeclared (then {@link RolesSection} declares them) or declared with the right type.
 */
final class RoleParameterChecks {
  private final SectionContext context;
  private final Blueprint blueprint;

  RoleParameterChecks(SectionContext context) {
    this.context = context;
    this.blueprint = context.blueprint();
  }

  /**
   * The region list must be a list (its values go into aws:RequestedRegion as they are), must not
   * be a parameter with another meaning, and its default must name regions.
   */
  void checkRegionsParameter(RoleSpec role, String path) {
    String name = role.regionsParameter();
    if (name == null) {
      return;
    }
    String at = path + ".regionsParameter";
    if (name.equals(blueprint.externalId().parameter())) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "the region list cannot be the ExternalId parameter",
          "name another parameter, such as Regions");
      return;
    }
    boolean isBoundary =
        blueprint.roles().stream().anyMatch(r -> name.equals(r.permissionsBoundaryParameter()));
    if (isBoundary) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "parameter '" + name + "' is also a permissions boundary parameter",
          "name another parameter for the regions, such as Regions");
      return;
    }
    ParameterSpec declared = context.declaredParameters().get(name);
    if (declared == null) {
      return;
    }
    if (!declared.type().isList()) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "parameter '" + name + "' lists regions but is a " + declared.type().label(),
          "make it 'type: CommaDelimitedList', or leave it undeclared so it is created for you");
      return;
    }
    if (declared.type().fromSsm()) {
      return; // Its default names a Parameter Store parameter, not regions.
    }
    String defaultValue = declared.defaultValue();
    if (defaultValue == null || defaultValue.isBlank()) {
      return;
    }
    for (String region : defaultValue.split(",", -1)) {
      if (!Partition.REGION.matcher(region.strip()).matches()) {
        context.error(
            DiagnosticCode.INVALID_PARAMETER,
            "parameters[" + blueprint.parameters().indexOf(declared) + "].default",
            "'" + region.strip() + "' in the default of region list '" + name + "' is not a region",
            "write region codes separated by commas, such as eu-west-1,us-east-1, or leave the"
                + " default empty for every region");
      }
    }
  }

  void checkPermissionsBoundary(RoleSpec role, String path) {
    String name = role.permissionsBoundaryParameter();
    if (name == null) {
      return;
    }
    ParameterSpec declared = context.declaredParameters().get(name);
    if (declared != null && declared.type() != ParameterSpec.Type.STRING) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".permissionsBoundaryParameter",
          "parameter '"
              + name
              + "' holds a permissions boundary but is a "
              + declared.type().label(),
          "make it a String parameter, or leave it undeclared so it is created for you");
    }
    if (name.equals(blueprint.externalId().parameter())) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          path + ".permissionsBoundaryParameter",
          "the permissions boundary cannot be the ExternalId parameter",
          "name another parameter, such as PermissionsBoundaryArn");
    }
  }
}

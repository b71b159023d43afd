package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.conditional.SwitchedScope;
import dev.onramp.compile.reuse.ReuseParameters;
import dev.onramp.compile.reuse.RoleReuseChecks;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;

/**
 * The {@code roles} the vendor assumes: each role with its trust policy, then the policies of the
 * sets it attaches and of its own statements, and the switch conditions that turn them on. It
 * declares the permissions-boundary and region-list parameters its roles name without declaring.
 */
final class RolesSection implements BlueprintSection {
  static final String ROLE_GROUP = "Role settings";
  private static final String BOUNDARY_PATTERN = "^$|^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/.+$";

  @Override
  public void validate(SectionContext context) {
    new RoleChecks(context).check();
    new RoleReuseChecks(context).check();
  }

  @Override
  public void declareParameters(SectionContext context, TemplateBuilder template) {
    Blueprint blueprint = context.blueprint();
    for (RoleSpec role : blueprint.roles()) {
      String boundary = role.permissionsBoundaryParameter();
      if (boundary != null && !template.hasParameter(boundary)) {
        template.parameter(boundary, boundaryParameter(boundary));
      }
    }
    for (RoleSpec role : blueprint.roles()) {
      String regions = role.regionsParameter();
      if (regions != null && !template.hasParameter(regions)) {
        template.parameter(regions, regionsParameter(regions));
      }
    }
    RoleNaming.declareParameters(blueprint, template);
    ReuseParameters.declare(blueprint, template, ROLE_GROUP);
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    SwitchConditions switches = new SwitchConditions();
    RoleCompiler roles = new RoleCompiler(context, switches, template);
    for (int i = 0; i < context.blueprint().roles().size(); i++) {
      RoleSpec role = context.blueprint().roles().get(i);
      SwitchedScope switched = SwitchedScope.open(template, role.when());
      roles.compile(i, role);
      switched.close();
    }
    switches.all().forEach(template::condition);
  }

  private static ParameterSpec boundaryParameter(String name) {
    return new ParameterSpec(
        name,
        ParameterSpec.Type.STRING,
        "ARN of a managed policy used as the permissions boundary of the vendor's role."
            + " Leave empty for none.",
        "Permissions boundary ARN (optional)",
        ROLE_GROUP,
        "",
        null,
        BOUNDARY_PATTERN,
        "Must be empty or the ARN of an IAM managed policy.",
        false,
        null,
        null);
  }

  private static ParameterSpec regionsParameter(String name) {
    return new ParameterSpec(
        name,
        ParameterSpec.Type.COMMA_DELIMITED_LIST,
        "Regions the vendor's role may act in, comma separated, such as"
            + " eu-west-1,us-east-1. Leave empty for every region. Global services (IAM,"
            + " Organizations, billing) stay usable.",
        "Regions (optional, empty for all)",
        ROLE_GROUP,
        "",
        null,
        null,
        null,
        false,
        null,
        null);
  }
}

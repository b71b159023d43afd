package dev.onramp.cli;

import dev.onramp.api.InitRequest;
import dev.onramp.api.InitResult;
import dev.onramp.api.OnrampException;
import java.nio.file.Path;
import java.util.List;

/** {@code onramp init}: cfn:init on the command line. */
final class InitCommand extends Command {
  static final Option NAME =
      Option.value(
          "name",
          "cfn.init.name",
          "<name>",
          "Required. The blueprint's name (its metadata.name and file name), such as acme-portal.");
  static final Option FROM =
      Option.value(
          "from",
          "cfn.init.from",
          "<shipped>",
          "A shipped blueprint to start from, such as cross-account-read-only or finops-payer"
              + " (whose member comes too, as <name>-member); default a blueprint of one role from"
              + " the answers.");
  static final Option ROLE_ARN =
      Option.value(
          "role-arn",
          "cfn.init.roleArn",
          "<arn>",
          "Required. The ARN of the vendor's role that assumes the customer's roles.");
  static final Option POLICY_SETS =
      Option.list(
          "policy-sets",
          "cfn.init.policySets",
          "<set,...>",
          "The policy sets of the role of a blueprint from answers; default read-only.");
  static final Option REGIONS =
      Option.list(
          "regions",
          "cfn.init.regions",
          "<region,...>",
          "The regions of a blueprint from answers; default us-east-1.");

  InitCommand() {
    super(
        "init",
        "the blueprint scaffold",
        "Scaffolds a blueprint in the blueprint directory, from a shipped blueprint or from"
            + " answers, writes it only if it generates and never over an existing file, and"
            + " prints the pom snippet for a Maven build.");
  }

  @Override
  protected boolean readsBlueprints() {
    return false;
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(NAME, FROM, ROLE_ARN, POLICY_SETS, REGIONS);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    Arguments args = in.args();
    InitResult result =
        onramp.init(
            new InitRequest(
                args.path(BLUEPRINT_DIRECTORY).orElseThrow(),
                in.base(),
                args.value(NAME).orElse(""),
                args.value(FROM).orElse(""),
                InitCommand.class.getClassLoader(),
                args.value(ROLE_ARN).orElse(""),
                args.list(POLICY_SETS),
                args.list(REGIONS),
                Main.version()));
    for (Path blueprint : result.blueprints()) {
      in.console().info("Blueprint: " + in.shown(blueprint));
    }
    in.console().info("To generate it in a Maven build, add to <build><plugins>:");
    result.pomSnippet().lines().forEach(line -> in.console().info("  " + line));
  }
}

package dev.onramp.cli;

import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.OnrampException;
import dev.onramp.api.ReportRequest;
import dev.onramp.api.ReportResult;
import java.util.List;

/** {@code onramp report}: cfn:report on the command line. */
final class ReportCommand extends ReviewCommand {
  static final Option TEMPLATES =
      Option.value(
              "templates",
              "cfn.report.templates",
              "<what>",
              "Whose inventory: blueprints (this project's, compiled), a folder with the output"
                  + " layout, one template file, a git ref, <ref>:<path> or a manifest URL.")
          .withDefault("blueprints");

  ReportCommand() {
    super(
        "report",
        "the permission inventory",
        "Writes each blueprint's permission inventory for security reviewers (who may assume"
            + " which role under which conditions, the actions by service and access level) as"
            + " permissions.md and permissions.json in a folder per blueprint. With --templates it"
            + " reports any other templates instead.");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(REVIEW_DIRECTORY, TEMPLATES);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    ReportResult result;
    try {
      result =
          onramp.report(
              new ReportRequest(
                  in.projectBlueprints(),
                  in.args().path(REVIEW_DIRECTORY).orElseThrow(),
                  in.args().required(TEMPLATES)));
    } catch (NoBlueprintsException e) {
      throw CommandException.usage(
          noBlueprints(e, in.base())
              + "\n  or report other templates: --templates <folder, template file, git ref or"
              + " manifest URL>");
    }
    for (ReportResult.Inventory inventory : result.inventories()) {
      in.console()
          .info(
              inventory.blueprint()
                  + ": "
                  + inventory.summary()
                  + " -> "
                  + in.shown(inventory.markdown()));
    }
  }
}

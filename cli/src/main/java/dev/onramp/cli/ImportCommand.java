package dev.onramp.cli;

import dev.onramp.api.ImportRequest;
import dev.onramp.api.ImportResult;
import dev.onramp.api.OnrampException;
import java.nio.file.Path;
import java.util.List;

/** {@code onramp import}: cfn:import on the command line. */
final class ImportCommand extends Command {
  static final Option TEMPLATE =
      Option.value(
          "template",
          "cfn.import.template",
          "<file>",
          "Required. The vendor's template: YAML (short-form tags such as !Ref too) or JSON.");
  static final Option NAME =
      Option.value(
          "name",
          "cfn.import.name",
          "<name>",
          "The blueprint's name, and so its file, <blueprint-directory>/<name>.yaml; default"
              + " derived from the template's file name.");
  static final Option IMPORT_DIRECTORY =
      Option.value(
              "import-directory",
              "cfn.importDirectory",
              "<dir>",
              "Where the import report and the draft's copy go, one folder per blueprint name.")
          .withDefault("target/cfn-import");
  static final Option FORCE =
      Option.flag(
          "force",
          "cfn.import.force",
          "Replace a blueprint file of the same name; without it an existing file stops the"
              + " import.");
  static final Option HARDEN =
      Option.flag(
          "harden",
          "cfn.import.harden",
          "Apply Onramp's secure defaults where the original is weaker; each hardening is shown as"
              + " a reviewed difference.");
  static final Option ACCEPT_ESCALATION =
      Option.flag(
          "accept-escalation",
          "cfn.import.acceptEscalation",
          "Write the draft into the blueprints even when it grants more than the original.");

  ImportCommand() {
    super(
        "import",
        "the template import",
        "Turns a vendor's hand-written CloudFormation template into a draft blueprint in the"
            + " blueprint directory, with an import report that says where every resource went"
            + " and what changed, then proves the draft: generates it and compares its access"
            + " with the original's. A draft that grants more than the original fails and is not"
            + " written.");
  }

  @Override
  protected boolean readsBlueprints() {
    return false;
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(TEMPLATE, NAME, IMPORT_DIRECTORY, FORCE, HARDEN, ACCEPT_ESCALATION);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    Arguments args = in.args();
    Path template = args.requiredPath(TEMPLATE);
    Path blueprintDirectory = args.path(BLUEPRINT_DIRECTORY).orElseThrow();
    ImportResult result =
        onramp.importTemplate(
            new ImportRequest(
                template,
                args.value(NAME),
                blueprintDirectory,
                args.path(IMPORT_DIRECTORY).orElseThrow(),
                in.base(),
                args.flag(FORCE),
                args.flag(HARDEN),
                args.flag(ACCEPT_ESCALATION)));
    result.lines().forEach(in.console()::log);
    for (Path blueprint : result.blueprints()) {
      in.console().info("Blueprint: " + in.shown(blueprint));
    }
    in.console()
        .info(
            "Import report: "
                + in.shown(result.reportMarkdown())
                + " and "
                + result.reportJson().getFileName());
    if (result.refused()) {
      String refusal = result.refusal().orElseThrow();
      throw CommandException.failed(
          "The draft of "
              + result.name()
              + " was not written to "
              + in.shown(blueprintDirectory)
              + ": "
              + refusal
              + (refusal.equals(ImportResult.GRANTS_MORE) ? " (" + in.shown(template) + ")" : "")
              + ", see above\n  fix: review "
              + in.shown(result.reportMarkdown())
              + " and the draft "
              + in.shown(result.draft())
              + (refusal.equals(ImportResult.GRANTS_MORE)
                  ? "; to write it anyway, --accept-escalation"
                  : "; fix the draft there, or the template, and import again"));
    }
  }
}

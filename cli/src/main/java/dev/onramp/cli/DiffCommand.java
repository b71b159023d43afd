package dev.onramp.cli;

import dev.onramp.api.DiffRequest;
import dev.onramp.api.DiffResult;
import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.OnrampException;
import java.util.List;

/** {@code onramp diff}: cfn:diff on the command line. */
final class DiffCommand extends ReviewCommand {
  static final Option BASELINE =
      Option.value(
          "baseline",
          "cfn.baseline",
          "<what>",
          "Required. What to compare with: a folder with the output layout, one template file, a"
              + " git ref of the project's repository, <ref>:<path>, the https URL of a published"
              + " manifest, or blueprints.");
  static final Option CURRENT =
      Option.value(
              "current",
              "cfn.diff.current",
              "<what>",
              "What is compared: blueprints (this project's, compiled) or any of the kinds"
                  + " --baseline takes.")
          .withDefault(DiffRequest.BLUEPRINTS);
  static final Option FAIL_ON =
      Option.value(
              "fail-on",
              "cfn.diff.failOn",
              "<when>",
              "When the command fails: none, any change, or escalation.")
          .withDefault("escalation");

  DiffCommand() {
    super(
        "diff",
        "the policy diff",
        "Compares the access one side's templates grant with another's (by default this"
            + " project's blueprints with a baseline), template by template, and writes the"
            + " semantic diff as Markdown, JSON and SARIF. Reordered or reformatted policies are"
            + " no change; a removed ExternalId condition is critical.");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(REVIEW_DIRECTORY, BASELINE, CURRENT, FAIL_ON);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    Arguments args = in.args();
    DiffResult result;
    try {
      result =
          onramp.diff(
              new DiffRequest(
                  in.projectBlueprints(),
                  args.required(BASELINE),
                  args.required(FAIL_ON),
                  args.path(REVIEW_DIRECTORY).orElseThrow(),
                  in.outputDirectory(),
                  args.required(CURRENT)));
    } catch (NoBlueprintsException e) {
      throw CommandException.usage(
          noBlueprints(e, in.base())
              + "\n  or compare templates without blueprints: --current <folder, template file,"
              + " git ref or manifest URL>");
    }
    result.lines().forEach(in.console()::log);
    String compared =
        (result.current().equals(DiffRequest.BLUEPRINTS) ? "" : " of " + result.current())
            + " against "
            + result.baseline();
    in.console().info("Policy diff" + compared + ": " + in.shown(result.markdown()));
    if (result.fails()) {
      throw CommandException.failed(
          "The policy diff"
              + compared
              + " has changes that --fail-on "
              + result.failOn()
              + " does not accept\n  fix: review "
              + in.shown(result.markdown())
              + ", then update the baseline, or set --fail-on any or none");
    }
  }
}

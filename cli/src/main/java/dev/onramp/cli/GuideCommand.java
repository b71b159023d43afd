package dev.onramp.cli;

import dev.onramp.api.GuideRequest;
import dev.onramp.api.GuideResult;
import dev.onramp.api.OnrampException;
import java.util.List;

/** {@code onramp guide}: cfn:guide on the command line. */
final class GuideCommand extends Command {
  static final Option GUIDE_DIRECTORY =
      Option.value(
              "guide-directory",
              "cfn.guideDirectory",
              "<dir>",
              "Where the guides go, one folder per blueprint name.")
          .withDefault("target/cfn-guides");
  static final Option GUIDE_TEMPLATE_DIRECTORY =
      Option.value(
          "guide-template-directory",
          "cfn.guide.templateDirectory",
          "<dir>",
          "A folder whose guide.ftl replaces the built-in guide template.");

  GuideCommand() {
    super(
        "guide",
        "the onboarding guides",
        "Writes each blueprint's onboarding guide for the vendor's customers,"
            + " onboarding-guide.md in a folder per blueprint: what to prepare, what the stack"
            + " creates and may do, the parameters, the quick-create links, how to check and how"
            + " to uninstall, and a Mermaid diagram.");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(GUIDE_DIRECTORY, GUIDE_TEMPLATE_DIRECTORY);
  }

  @Override
  protected void run(Invocation in) throws OnrampException {
    GuideResult result =
        onramp.guide(
            new GuideRequest(
                in.projectBlueprints(),
                in.args().path(GUIDE_DIRECTORY).orElseThrow(),
                in.args().path(GUIDE_TEMPLATE_DIRECTORY)));
    result
        .guides()
        .forEach(
            (name, file) -> in.console().info(name + ": onboarding guide -> " + in.shown(file)));
  }
}

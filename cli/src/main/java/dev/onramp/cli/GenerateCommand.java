package dev.onramp.cli;

import dev.onramp.api.GenerateRequest;
import dev.onramp.api.GenerateResult;
import dev.onramp.api.OnrampException;
import dev.onramp.api.WrittenBlueprint;
import java.util.List;

/** {@code onramp generate}: cfn:generate on the command line. */
final class GenerateCommand extends Command {
  static final Option CDK_SOURCE_DIRECTORY =
      Option.value(
              "cdk-source-directory",
              "cfn.cdk.sourceDirectory",
              "<dir>",
              "Where the Java sources of the CDK constructs go (blueprints with a cdk section).")
          .withDefault("target/generated-sources/onramp-cdk");
  static final Option CDK_TEMPLATE_DIRECTORY =
      Option.value(
          "cdk-template-directory",
          "cfn.cdk.templateDirectory",
          "<dir>",
          "A folder of Freemarker templates (construct.ftl, props.ftl, app.ftl) that replace the"
              + " built-in ones of the same name.");
  static final Option CDK_DUMP_VIEW_MODEL =
      Option.flag(
          "cdk-dump-view-model",
          "cfn.cdk.dumpViewModel",
          "Also write each construct's view model, which its templates are bound to, as"
              + " .view.json.");

  GenerateCommand() {
    super(
        "generate",
        "blueprint generation",
        "Generates a CloudFormation template (template.yaml and template.json) for every blueprint"
            + " in the blueprint directory and every shipped blueprint named with --blueprints,"
            + " and the Java sources of the CDK constructs of blueprints with a cdk section.");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(CDK_SOURCE_DIRECTORY, CDK_TEMPLATE_DIRECTORY, CDK_DUMP_VIEW_MODEL);
  }

  @Override
  protected void run(Invocation in) throws OnrampException {
    Arguments args = in.args();
    GenerateResult result =
        onramp.generate(
            new GenerateRequest(
                in.projectBlueprints(),
                in.outputDirectory(),
                args.path(CDK_SOURCE_DIRECTORY).orElseThrow(),
                args.path(CDK_TEMPLATE_DIRECTORY),
                args.flag(CDK_DUMP_VIEW_MODEL)));
    result.warnings().forEach(in.console()::log);
    for (WrittenBlueprint blueprint : result.blueprints()) {
      in.console().info(blueprint.summary(in.base()));
      if (blueprint.constructSources() > 0) {
        in.console()
            .info(
                "  CDK construct: "
                    + blueprint.constructSources()
                    + " Java files -> "
                    + in.shown(result.cdkSourceDirectory()));
      }
    }
  }
}

package dev.onramp.api;

import dev.onramp.cdk.CdkOptions;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;

/** {@link Onramp#generate}: the generator's request built from the front end's. */
final class Generation {
  private Generation() {}

  static GenerateResult run(GenerateRequest request) throws OnrampException {
    ProjectBlueprints project = request.blueprints();
    dev.onramp.generate.GenerateRequest generate =
        new dev.onramp.generate.GenerateRequest(
                project.sources(), request.outputDirectory(), project.vendorForShipped())
            .withCdk(
                request.cdkSourceDirectory(),
                new CdkOptions(request.cdkTemplateDirectory(), request.cdkDumpViewModel()));
    dev.onramp.generate.GenerateResult result;
    try {
      result = new Generator().generate(generate);
    } catch (BlueprintException e) {
      throw InvalidInputException.of(e, InvalidInputException.Input.BLUEPRINTS);
    }
    return new GenerateResult(
        result.blueprints().stream().map(Generation::written).toList(),
        Message.of(result.warnings()),
        request.cdkSourceDirectory());
  }

  private static WrittenBlueprint written(GeneratedBlueprint blueprint) {
    return new WrittenBlueprint(
        blueprint.name(),
        blueprint.directory(),
        blueprint.resourceCount(),
        blueprint.yamlBytes(),
        blueprint.jsonBytes(),
        blueprint.cdkSources().size());
  }
}

package dev.onramp.api;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.util.List;
import java.util.Optional;

/**
 * A project's blueprints read and compiled, for the requests that need every template at once
 * (review, guides, releases): the sources, the vendor of the shipped ones and the compilation.
 */
record CompiledBlueprints(
    ProjectBlueprints project,
    List<BlueprintSource> sources,
    Optional<Vendor> vendor,
    Generator.Compilation compilation) {

  static CompiledBlueprints of(ProjectBlueprints project)
      throws NoBlueprintsException,
          InvalidInputException,
          ConfigurationException,
          EnvironmentException {
    List<BlueprintSource> sources = project.sources();
    Optional<Vendor> vendor = project.vendorForShipped();
    try {
      return new CompiledBlueprints(
          project, sources, vendor, new Generator().compileAll(sources, vendor));
    } catch (BlueprintException e) {
      throw InvalidInputException.of(e, InvalidInputException.Input.BLUEPRINTS);
    }
  }

  /** The warnings found while compiling, for the front end to show. */
  List<Message> warnings() {
    return Message.of(compilation.warnings());
  }
}

package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote, blueprint by blueprint, the warnings found on the way, and the source
 * root of the CDK constructs.
 */
public record GenerateResult(
    List<WrittenBlueprint> blueprints, List<Message> warnings, Path cdkSourceDirectory) {

  public GenerateResult {
    blueprints = List.copyOf(blueprints);
    warnings = List.copyOf(warnings);
  }

  /** Whether any blueprint has a construct, whose sources a build then compiles. */
  public boolean wroteConstructs() {
    return blueprints.stream().anyMatch(blueprint -> blueprint.constructSources() > 0);
  }
}

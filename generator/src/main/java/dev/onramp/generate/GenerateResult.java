package dev.onramp.generate;

import dev.onramp.diagnostic.Diagnostic;
import java.util.List;

/** The outcome of a successful generation: what was written and the warnings found on the way. */
public record GenerateResult(List<GeneratedBlueprint> blueprints, List<Diagnostic> warnings) {

  public GenerateResult {
    blueprints = List.copyOf(blueprints);
    warnings = List.copyOf(warnings);
  }
}

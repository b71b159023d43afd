package dev.onramp.check;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import java.util.Optional;

/**
 * Where a finding on a template points: the blueprint element a resource came from when the
 * compiler recorded it, else the blueprint file with the template path ({@code Resources.X}).
 */
final class Findings {
  private Findings() {}

  static Diagnostic onResource(
      SecurityCheckCode code,
      CompiledTemplate template,
      String logicalId,
      String message,
      String hint) {
    return at(code, template, "Resources." + logicalId, logicalId, message, hint);
  }

  /** A finding at {@code templatePath}, inside resource {@code logicalId} (null if none). */
  static Diagnostic at(
      SecurityCheckCode code,
      CompiledTemplate template,
      String templatePath,
      String logicalId,
      String message,
      String hint) {
    Optional<SourceLocation> origin =
        logicalId == null ? Optional.empty() : template.originOf(logicalId);
    SourceLocation location =
        origin.orElseGet(() -> new SourceLocation(template.blueprintFile(), 0, 0, templatePath));
    return new Diagnostic(code.severity(), code, location, message, hint);
  }
}

package dev.onramp.check;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.template.CompiledTemplate;
import java.util.List;

/**
 * One of Onramp's own security rules, checked on the typed template model (never on its YAML text).
 * A check reports only its own {@link #code()}, so a blueprint that waives that code under {@code
 * suppressions:} turns the check off for its template.
 */
interface SecurityCheck {
  /** The rule this check reports. */
  SecurityCheckCode code();

  /** Every breach of the rule in {@code template}, pointing at the blueprint where it can. */
  List<Diagnostic> check(CompiledTemplate template);
}

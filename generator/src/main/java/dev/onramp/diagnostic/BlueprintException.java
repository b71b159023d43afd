package dev.onramp.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown once, after every problem has been collected, when at least one is an error. Carries all
 * diagnostics (warnings too) so callers can render them the way their users expect.
 */
public final class BlueprintException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public BlueprintException(List<Diagnostic> diagnostics) {
    this(diagnostics, "blueprints");
  }

  /** Problems of another input than blueprints, such as {@code "the tenant file"}. */
  public BlueprintException(List<Diagnostic> diagnostics, String input) {
    super(summary(diagnostics, input));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  private static String summary(List<Diagnostic> diagnostics, String input) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    String body = diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    return errors
        + (errors == 1 ? " error" : " errors")
        + " in "
        + input
        + "; nothing was written\n"
        + body;
  }
}

package dev.onramp.diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a blueprint or a generated template: where it is, which rule it broke, what
 * is wrong and how to fix it. Rendered like a compiler message:
 *
 * <pre>
 * blueprints/acme.yaml:12:7: error ONR103 at roles[0].policySets[0].set: unknown policy set 'read-olny'
 *   fix: did you mean 'read-only'?
 * </pre>
 */
public record Diagnostic(
    Severity severity,
    Rule code,
    SourceLocation location,
    String message,
    String hint,
    Optional<SourceLocation> origin) {

  public Diagnostic {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public Diagnostic(
      Severity severity, Rule code, SourceLocation location, String message, String hint) {
    this(severity, code, location, message, hint, Optional.empty());
  }

  public static Diagnostic error(
      DiagnosticCode code, SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, location, message, hint);
  }

  /** The same problem, also pointing at the blueprint element the template part came from. */
  public Diagnostic withOrigin(SourceLocation blueprintElement) {
    return new Diagnostic(severity, code, location, message, hint, Optional.of(blueprintElement));
  }

  public static Diagnostic warning(
      DiagnosticCode code, SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, location, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style text a user sees, one or two lines. */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append(location.position())
        .append(": ")
        .append(severity.label())
        .append(' ')
        .append(code.id());
    if (!location.yamlPath().isEmpty()) {
      text.append(" at ").append(location.yamlPath());
    }
    text.append(": ").append(message);
    origin.ifPresent(
        from -> {
          text.append("\n  from: ").append(from.position());
          if (!from.yamlPath().isEmpty()) {
            text.append(" (").append(from.yamlPath()).append(')');
          }
        });
    if (!hint.isEmpty()) {
      text.append("\n  fix: ").append(hint);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}

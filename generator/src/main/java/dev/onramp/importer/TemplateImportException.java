package dev.onramp.importer;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * A template that cannot be imported: not YAML or JSON, not a CloudFormation template, an unknown
 * intrinsic function, or nothing a blueprint could start from (no role the vendor assumes with an
 * ExternalId). Carries the line and column where known, and the fix.
 */
public final class TemplateImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final DiagnosticCode code;
  private final int line;
  private final int column;
  private final String fix;

  TemplateImportException(DiagnosticCode code, String message, int line, int column, String fix) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
    this.fix = fix;
  }

  /** The 1-based line, when known. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  public String fix() {
    return fix;
  }

  /** The problem as a located error in {@code file}, as the front ends print them. */
  public Diagnostic diagnostic(String file) {
    return Diagnostic.error(
        code,
        new SourceLocation(file, Math.max(line, 0), Math.max(column, 0), ""),
        getMessage(),
        fix);
  }
}

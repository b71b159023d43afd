package dev.onramp.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems so that all of them are reported at once, like a compiler. */
public final class Diagnostics {
  private static final Comparator<Diagnostic> READING_ORDER =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(d -> d.code().id())
          .thenComparing(Diagnostic::message);

  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void addAll(List<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  public void error(DiagnosticCode code, SourceLocation where, String message, String hint) {
    items.add(Diagnostic.error(code, where, message, hint));
  }

  public void warning(DiagnosticCode code, SourceLocation where, String message, String hint) {
    items.add(Diagnostic.warning(code, where, message, hint));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** All problems in file and line order, duplicates removed. */
  public List<Diagnostic> sorted() {
    return items.stream().distinct().sorted(READING_ORDER).toList();
  }

  /** Throws once with everything collected if any problem is an error. */
  public void throwIfErrors() throws BlueprintException {
    throwIfErrors("blueprints");
  }

  /** As {@link #throwIfErrors()}, for problems of another input, e.g. {@code "the tenant file"}. */
  public void throwIfErrors(String input) throws BlueprintException {
    if (hasErrors()) {
      throw new BlueprintException(sorted(), input);
    }
  }
}

package dev.onramp.diagnostic;

/**
 * A rule a diagnostic reports a breach of: one of Onramp's own ({@link DiagnosticCode}) or one of
 * an outside tool's, such as a cfn-lint rule ({@link ExternalRule}).
 */
public interface Rule {
  /** The stable id users search for and suppress by, such as {@code ONR101} or {@code E3012}. */
  String id();

  /** The tool that owns the rule, such as {@code onramp} or {@code cfn-lint}. */
  String tool();
}

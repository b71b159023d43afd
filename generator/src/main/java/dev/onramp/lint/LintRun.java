package dev.onramp.lint;

/** What one cfn-lint invocation said: its exit code (bit flags) and its findings as printed. */
public record LintRun(int exitCode, String output) {
  /** cfn-lint's exit-code bit for errors. */
  public static final int ERROR = 2;

  /** cfn-lint's exit-code bit for warnings. */
  public static final int WARNING = 4;

  /** cfn-lint's exit-code bit for informational findings. */
  public static final int INFORMATIONAL = 8;

  public boolean clean() {
    return exitCode == 0 && output.isBlank();
  }
}

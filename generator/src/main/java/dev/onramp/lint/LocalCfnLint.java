package dev.onramp.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * cfn-lint installed on this machine, run once for many templates because its start-up dominates
 * the cost. The executable is {@code cfn-lint} on PATH unless a path is configured.
 */
public final class LocalCfnLint {
  private static final long TIMEOUT_MINUTES = 10;

  private final String executable;

  public LocalCfnLint(String executable) {
    this.executable = executable;
  }

  /** cfn-lint from the {@code CFN_LINT} environment variable, or from PATH. */
  public static LocalCfnLint fromEnvironment() {
    String configured = System.getenv("CFN_LINT");
    return new LocalCfnLint(configured == null || configured.isBlank() ? "cfn-lint" : configured);
  }

  /** The version cfn-lint reports, such as {@code cfn-lint 1.51.0}. */
  public String version() throws IOException, InterruptedException {
    return run(List.of("--version")).output().strip();
  }

  /** Lints every template in one process, with parseable one-line findings. */
  public LintRun lint(List<Path> templates) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of("--format", "parseable", "--"));
    templates.forEach(template -> arguments.add(template.toString()));
    return run(arguments);
  }

  private LintRun run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(arguments);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(
          "cannot run '"
              + executable
              + "': install cfn-lint ('pip install cfn-lint') or set"
              + " CFN_LINT to its path",
          e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("cfn-lint did not finish within " + TIMEOUT_MINUTES + " minutes");
    }
    return new LintRun(process.exitValue(), output);
  }
}

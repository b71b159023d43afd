package dev.onramp.lint;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * cfn-lint installed on this machine, run as one process for all templates (its start-up, about two
 * seconds, dominates). Its version is read with {@code --version} only when asked for, and then
 * alongside the first lint, so that a run answered from the cache starts no process.
 */
public final class LocalCfnLintEngine implements LintEngine {
  private static final long TIMEOUT_MINUTES = 10;

  /** Readers of the processes' output: own threads, since each read blocks until cfn-lint ends. */
  private static final Executor READERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "cfn-lint-output");
            thread.setDaemon(true);
            return thread;
          });

  private final Path executable;
  private CompletableFuture<ProcessOutput> version;

  public LocalCfnLintEngine(Path executable) {
    this.executable = executable;
  }

  /**
   * The configured executable if given, else {@code cfn-lint} on PATH; empty when there is none.
   * Looks only at files: nothing is run.
   */
  public static Optional<LocalCfnLintEngine> find(Optional<Path> configured) {
    if (configured.isPresent()) {
      Path path = configured.get();
      return Files.isExecutable(path)
          ? Optional.of(new LocalCfnLintEngine(path))
          : Optional.empty();
    }
    String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String directory : searchPath.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, "cfn-lint");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(new LocalCfnLintEngine(candidate));
      }
    }
    return Optional.empty();
  }

  public Path executable() {
    return executable;
  }

  @Override
  public String description() {
    return "local " + executable;
  }

  @Override
  public synchronized String cfnLintVersion() throws LintException {
    String shown = executable + " --version";
    ProcessOutput output = await(startVersion(), shown);
    String printed = output.stdout().strip(); // "cfn-lint 1.51.0"
    if (output.exitCode() != 0 || !printed.startsWith("cfn-lint ")) {
      throw new LintException(
          shown
              + " did not print cfn-lint's version (exit code "
              + output.exitCode()
              + "): "
              + (output.stderr() + output.stdout()).strip()
              + "\nfix: `pip install cfn-lint` or set <lintExecutable> (-Dcfn.lint.executable) to its path");
    }
    return printed.substring("cfn-lint ".length());
  }

  /**
   * The executable's resolved path, size and modification time: a reinstalled cfn-lint rewrites its
   * launcher script. (A launcher that does not change on upgrade, such as a pyenv shim, is not
   * noticed; configure the real script's path or clear the cache after upgrading.)
   */
  @Override
  public String fingerprint() {
    try {
      Path real = executable.toRealPath();
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
      return "local "
          + real
          + " size "
          + attributes.size()
          + " modified "
          + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "local " + executable + " (unreadable)";
    }
  }

  @Override
  public List<LintFinding> lint(List<Path> templates) throws LintException {
    if (templates.isEmpty()) {
      return List.of();
    }
    Map<String, Path> names = new LinkedHashMap<>();
    for (Path template : templates) {
      if (!Files.isRegularFile(template)) {
        throw new LintException("cannot lint " + template + ": no such file");
      }
      names.put(template.toString(), template);
    }
    synchronized (this) {
      startVersion(); // in parallel with the lint: the report names the version
    }
    List<String> arguments = new ArrayList<>(List.of("--format", "json", "--"));
    arguments.addAll(names.keySet());
    String shown = executable + " --format json -- " + shownFiles(List.copyOf(names.keySet()));
    ProcessOutput output = await(run(arguments), shown);
    return CfnLintOutput.parse(output.exitCode(), output.stdout(), output.stderr(), names, shown);
  }

  @Override
  public synchronized void close() {
    // Nothing keeps running between lints.
  }

  private CompletableFuture<ProcessOutput> startVersion() {
    if (version == null) {
      version = run(List.of("--version"));
    }
    return version;
  }

  private record ProcessOutput(int exitCode, String stdout, String stderr) {}

  private CompletableFuture<ProcessOutput> run(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
    try {
      process.getOutputStream().close(); // cfn-lint reads standard input when given no file
    } catch (IOException e) {
      // it reads no input here
    }
    CompletableFuture<String> stderr =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), READERS);
    return CompletableFuture.supplyAsync(
        () -> {
          String stdout = readAll(process.getInputStream());
          try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
              process.destroyForcibly();
              throw new IllegalStateException(
                  "cfn-lint did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
          } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cfn-lint ran", e);
          }
          return new ProcessOutput(process.exitValue(), stdout, stderr.join());
        },
        READERS);
  }

  /** The first few files, enough to rerun by hand without a screenful of paths. */
  public static String shownFiles(List<String> files) {
    int shown = Math.min(files.size(), 3);
    String text = String.join(" ", files.subList(0, shown));
    return files.size() > shown ? text + " (and " + (files.size() - shown) + " more)" : text;
  }

  private static String readAll(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T await(CompletableFuture<T> future, String shown) throws LintException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LintException("interrupted while running " + shown, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw new LintException(
            "cannot run "
                + executable
                + ": "
                + cause.getMessage()
                + "\nfix: `pip install cfn-lint` or set <lintExecutable> (-Dcfn.lint.executable) to its"
                + " path",
            cause);
      }
      throw new LintException("running " + shown + " failed: " + cause.getMessage(), cause);
    }
  }
}

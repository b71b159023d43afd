package dev.onramp.validate;

import dev.onramp.generate.Generator;
import dev.onramp.lint.CachedLint;
import dev.onramp.lint.LintCache;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * The lint of the templates already in the output folder, started on its own thread before the
 * blueprints are compiled: asking Docker, starting the container and cfn-lint itself then overlap
 * with the compilation and the stale check, instead of following them. When the compilation finds
 * the files it expects there and fresh, the early lint's result is used; when it fails (stale or
 * invalid blueprints), the lint is abandoned, and whatever it stored in the cache stays valid:
 * entries key on the template's bytes.
 */
final class EarlyLint {
  private final List<Path> templates;
  private final FutureTask<CachedLint> task;
  private final Thread thread;

  private EarlyLint(List<Path> templates, FutureTask<CachedLint> task, Thread thread) {
    this.templates = templates;
    this.task = task;
    this.thread = thread;
  }

  /**
   * Starts linting every {@code template.yaml} and {@code template.json} one level below {@code
   * outputDirectory}; with none there, starts nothing.
   */
  static EarlyLint start(LintCache cache, LintEngine engine, Path outputDirectory) {
    List<Path> templates = written(outputDirectory);
    if (templates.isEmpty()) {
      return new EarlyLint(templates, null, null);
    }
    FutureTask<CachedLint> task = new FutureTask<>(() -> cache.lint(engine, templates));
    // A thread of its own, not a pool's: it inherits the caller's context class loader, which
    // Testcontainers needs inside Maven's plugin realm.
    Thread thread = new Thread(task, "onramp-early-lint");
    thread.setDaemon(true);
    thread.start();
    return new EarlyLint(templates, task, thread);
  }

  /**
   * The lint of {@code expected}: the early result when it covered these files (and perhaps others
   * in the output folder, such as a removed blueprint's, which the caller ignores), else a lint of
   * them now through {@code cache}. When the early lint fails and covered other files too, those
   * files may be the cause: {@code expected} is then linted on its own.
   */
  CachedLint result(LintCache cache, LintEngine engine, List<Path> expected) throws LintException {
    boolean exact = new HashSet<>(templates).equals(new HashSet<>(expected));
    if (task == null || !new HashSet<>(templates).containsAll(expected)) {
      abandon();
      return cache.lint(engine, expected);
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon();
      throw new LintException("interrupted while cfn-lint ran", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LintException lint) {
        if (!exact) {
          return cache.lint(engine, expected);
        }
        throw new LintException(lint.getMessage(), lint);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops waiting for the early lint; the engine's close stops what it started. */
  void abandon() {
    if (thread != null && thread.isAlive()) {
      task.cancel(true);
    }
  }

  private static List<Path> written(Path outputDirectory) {
    if (!Files.isDirectory(outputDirectory)) {
      return List.of();
    }
    List<Path> templates = new ArrayList<>();
    try (Stream<Path> folders = Files.list(outputDirectory)) {
      for (Path folder : folders.sorted().toList()) {
        for (String name : List.of(Generator.YAML_FILE, Generator.JSON_FILE)) {
          Path template = folder.resolve(name);
          if (Files.isRegularFile(template)) {
            templates.add(template);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + outputDirectory, e);
    }
    return templates;
  }
}

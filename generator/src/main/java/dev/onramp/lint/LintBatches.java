package dev.onramp.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Splits one lint into cfn-lint processes that run side by side, one per core. cfn-lint is a
 * single-threaded Python program: one process for many templates leaves the other cores idle. Each
 * process pays cfn-lint's start-up (about two seconds), so a batch gets at least {@link
 * #MIN_PER_BATCH} templates and small lints stay one process. cfn-lint checks each template on its
 * own, so the findings are those of one process for all templates, in the same order.
 */
final class LintBatches {
  /** Fewer templates than this per process do not pay for another cfn-lint start. */
  static final int MIN_PER_BATCH = 3;

  /** Lints one batch in one cfn-lint process. */
  interface BatchLint {
    List<LintFinding> lint(List<Path> batch) throws LintException;
  }

  private LintBatches() {}

  /** How many processes for {@code templates} templates on {@code cores} cores. */
  static int count(int templates, int cores) {
    return Math.max(1, Math.min(cores, templates / MIN_PER_BATCH));
  }

  /**
   * {@code templates} in {@code count} batches of about equal bytes (largest first, each to the
   * lightest batch), each batch in the templates' given order.
   */
  static List<List<Path>> split(List<Path> templates, int count) {
    if (count <= 1) {
      return List.of(templates);
    }
    Map<Path, Integer> position = positions(templates);
    Map<Path, Long> sizes = new HashMap<>();
    for (Path template : templates) {
      sizes.put(template, size(template));
    }
    List<Path> bySize = new ArrayList<>(templates);
    bySize.sort(Comparator.comparing((Path template) -> sizes.get(template)).reversed());
    List<List<Path>> batches = new ArrayList<>();
    long[] weights = new long[count];
    for (int i = 0; i < count; i++) {
      batches.add(new ArrayList<>());
    }
    for (Path template : bySize) {
      int lightest = 0;
      for (int i = 1; i < count; i++) {
        if (weights[i] < weights[lightest]) {
          lightest = i;
        }
      }
      batches.get(lightest).add(template);
      weights[lightest] += sizes.get(template);
    }
    batches.removeIf(List::isEmpty);
    batches.forEach(batch -> batch.sort(Comparator.comparing(position::get)));
    return batches;
  }

  /**
   * Lints {@code templates} in {@code count} processes side by side (the first on this thread) and
   * returns the findings in the templates' order, as one process would.
   */
  static List<LintFinding> lint(List<Path> templates, int count, BatchLint lint)
      throws LintException {
    List<List<Path>> batches = split(templates, count);
    if (batches.size() == 1) {
      return lint.lint(batches.get(0));
    }
    List<FutureTask<List<LintFinding>>> others = new ArrayList<>();
    for (List<Path> batch : batches.subList(1, batches.size())) {
      FutureTask<List<LintFinding>> task = new FutureTask<>(() -> lint.lint(batch));
      // Own threads: they inherit the context class loader Testcontainers needs inside Maven.
      Thread thread = new Thread(task, "onramp-cfn-lint-batch");
      thread.setDaemon(true);
      thread.start();
      others.add(task);
    }
    List<LintFinding> findings = new ArrayList<>();
    try {
      findings.addAll(lint.lint(batches.get(0)));
      for (FutureTask<List<LintFinding>> task : others) {
        findings.addAll(task.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LintException("interrupted while cfn-lint ran", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LintException failure) {
        throw new LintException(failure.getMessage(), failure);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      others.forEach(task -> task.cancel(true));
    }
    Map<Path, Integer> position = positions(templates);
    findings.sort(
        Comparator.comparing(
            (LintFinding finding) -> position.getOrDefault(finding.template(), -1)));
    return findings;
  }

  private static Map<Path, Integer> positions(List<Path> templates) {
    Map<Path, Integer> position = new HashMap<>();
    for (int i = 0; i < templates.size(); i++) {
      position.putIfAbsent(templates.get(i), i);
    }
    return position;
  }

  private static long size(Path template) {
    try {
      return Files.size(template);
    } catch (IOException e) {
      return 0; // the batch's lint reports the missing file
    }
  }
}

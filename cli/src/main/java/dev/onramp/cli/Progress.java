package dev.onramp.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The progress line of a long run (many blueprints, many tenants): after a grace time, on stderr
 * only, never on stdout, one line per interval saying what runs and for how long, such as {@code
 * onramp links: working, 12 s}. On a terminal the line is rewritten in place every second and
 * cleared at the end; in a log (CI) it is a new line every few seconds. A short run prints nothing.
 */
final class Progress implements AutoCloseable {
  /** No progress line for runs shorter than this. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private final PrintStream err;
  private final String what;
  private final boolean inPlace;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final ScheduledFuture<?> task;
  private boolean printed;

  private Progress(PrintStream err, String what, boolean inPlace, Duration grace, Duration every) {
    this.err = err;
    this.what = what;
    this.inPlace = inPlace;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "onramp-progress");
              thread.setDaemon(true);
              return thread;
            });
    this.task =
        timer.scheduleAtFixedRate(
            this::tick, grace.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Progress for {@code onramp <command>}; in place when the tool runs on a terminal. */
  static Progress start(PrintStream err, String command) {
    boolean terminal = System.console() != null;
    return new Progress(
        err,
        "onramp " + command,
        terminal,
        GRACE,
        terminal ? Duration.ofSeconds(1) : Duration.ofSeconds(5));
  }

  /** For tests: another grace time and interval, always one line per tick. */
  static Progress start(PrintStream err, String command, Duration grace, Duration every) {
    return new Progress(err, "onramp " + command, false, grace, every);
  }

  private synchronized void tick() {
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    String line = what + ": working, " + seconds + " s";
    if (inPlace) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
    printed = true;
  }

  @Override
  public void close() {
    task.cancel(false);
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (printed && inPlace) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}

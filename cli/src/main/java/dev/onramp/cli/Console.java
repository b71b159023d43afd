package dev.onramp.cli;

import dev.onramp.api.Message;
import java.io.PrintStream;

/**
 * Where a command's lines go. Results (what was written where, summaries) go to stdout, one line
 * each, so that a script can read them; errors, warnings, progress and the final failure go to
 * stderr. A message's text is printed as the API renders it, the same text the Maven plugin logs
 * (without Maven's {@code [ERROR]} prefixes): {@code file:line:column: error ONR101 ...} and its
 * {@code fix:} line.
 */
final class Console {
  private final PrintStream out;
  private final PrintStream err;

  Console(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A result line, on stdout. */
  void info(String line) {
    out.println(line);
    out.flush();
  }

  /** A warning that is not a located message, on stderr. */
  void warn(String line) {
    err.println("warning: " + line);
    err.flush();
  }

  /** A progress or diagnostic line that is not a result, on stderr. */
  void note(String line) {
    err.println(line);
    err.flush();
  }

  /** A message of the API: information on stdout, warnings and errors on stderr, each once. */
  void log(Message message) {
    PrintStream stream = message.level() == Message.Level.INFO ? out : err;
    stream.println(message.text());
    stream.flush();
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }
}

package dev.onramp.cli;

/**
 * Ends a command with an {@link Exit} code and a message for stderr: what failed and, on a line
 * {@code fix: ...}, what to do. Located problems were printed before it, each once; the message
 * only counts them.
 */
final class CommandException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CommandException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** An input or a check failed. */
  static CommandException failed(String message) {
    return new CommandException(Exit.FAILED, message);
  }

  /** The command line or the configuration is wrong. */
  static CommandException usage(String message) {
    return new CommandException(Exit.USAGE, message);
  }

  /** The machine failed. */
  static CommandException environment(String message, Throwable cause) {
    return new CommandException(Exit.ENVIRONMENT, message, cause);
  }

  int exitCode() {
    return exitCode;
  }
}

package dev.onramp.api;

/**
 * The machine failed, not the input: a file could not be read or written, cfn-lint could not run.
 * The message says what and where; front ends show it as an error of the build environment.
 */
public final class EnvironmentException extends OnrampException {
  private static final long serialVersionUID = 1L;

  EnvironmentException(String message, Throwable cause) {
    super(message, cause);
  }
}

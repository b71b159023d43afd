package dev.onramp.api;

/**
 * Why a request of {@link Onramp} failed. Each kind asks something else of the front end: {@link
 * InvalidInputException} lists located problems in the user's files; {@link ConfigurationException}
 * and {@link NoBlueprintsException} name a setting of the front end to change; {@link
 * EnvironmentException} is a failure of the machine (a disk, a tool), not of the input.
 */
public abstract sealed class OnrampException extends Exception
    permits InvalidInputException,
        ConfigurationException,
        NoBlueprintsException,
        EnvironmentException {
  private static final long serialVersionUID = 1L;

  OnrampException(String message, Throwable cause) {
    super(message, cause);
  }
}

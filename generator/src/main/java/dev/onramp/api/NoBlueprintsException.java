package dev.onramp.api;

import java.nio.file.Path;

/**
 * Nothing to work on: the blueprint directory is missing or holds no {@code *.yaml} or {@code
 * *.yml} file, and no shipped blueprint is named. Front ends say it in the names of their two
 * settings (the directory and the shipped names), which is why this is its own type.
 */
public final class NoBlueprintsException extends OnrampException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;
  private final boolean directoryExists;

  NoBlueprintsException(Path directory, boolean directoryExists) {
    super(
        "no blueprints: "
            + directory.toAbsolutePath()
            + (directoryExists ? " has no *.yaml or *.yml file" : " does not exist")
            + " and no shipped blueprint is named",
        null);
    this.directory = directory;
    this.directoryExists = directoryExists;
  }

  /** The blueprint directory that was looked in. */
  public Path directory() {
    return directory;
  }

  /** Whether it exists (and is empty of blueprints) or is missing altogether. */
  public boolean directoryExists() {
    return directoryExists;
  }
}

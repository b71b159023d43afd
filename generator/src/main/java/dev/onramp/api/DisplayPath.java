package dev.onramp.api;

import java.nio.file.Path;

/** How paths appear in messages: relative to the project when inside it, so logs read the same. */
public final class DisplayPath {
  private DisplayPath() {}

  /** {@code path} relative to {@code baseDirectory} with forward slashes, else absolute. */
  public static String of(Path path, Path baseDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = baseDirectory.toAbsolutePath().normalize();
    if (!absolute.startsWith(base) || absolute.equals(base)) {
      return absolute.toString();
    }
    return base.relativize(absolute).toString().replace('\\', '/');
  }
}

package dev.onramp.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file that readers (a CI upload, a dashboard, a browser) may open at any moment: the
 * content is written beside the target and moved into place in one step, so a reader never sees
 * half a file, and a failed write leaves the last complete one. Used by every goal that writes a
 * report, a guide, a link list or a manifest.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code content} beside {@code target} and moves it into place in one step; returns
   * {@code target}.
   */
  public static Path write(Path target, String content) throws IOException {
    Path temporary = temporaryBeside(target);
    try {
      // Not Files.createTempFile: its owner-only permissions would carry over to the file.
      Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Path temporaryBeside(Path target) throws IOException {
    while (true) {
      Path candidate =
          target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        // Another writer picked the same name: pick again.
      }
    }
  }
}

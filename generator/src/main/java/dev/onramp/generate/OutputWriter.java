package dev.onramp.generate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each blueprint's folder aside, then moves it into place, so a reader (or a crash) never
 * sees a folder with some files new and some old. Folders whose bytes are unchanged are left alone,
 * so their timestamps stay and incremental builds stay incremental.
 */
final class OutputWriter {
  private final Path outputDirectory;

  OutputWriter(Path outputDirectory) {
    this.outputDirectory = outputDirectory;
  }

  /** Files of one blueprint folder: file name to bytes. */
  static Map<String, byte[]> files() {
    return new LinkedHashMap<>();
  }

  /** Replaces {@code <output>/<name>} with exactly {@code files}; returns the folder. */
  Path replaceFolder(String name, Map<String, byte[]> files) throws IOException {
    Path target = outputDirectory.resolve(name);
    if (sameContent(target, files)) {
      return target;
    }
    Files.createDirectories(outputDirectory);
    Path staging = Files.createTempDirectory(outputDirectory, "." + name + ".new-");
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Files.write(staging.resolve(file.getKey()), file.getValue());
      }
      Path retired = null;
      if (Files.exists(target)) {
        retired = Files.createTempDirectory(outputDirectory, "." + name + ".old-");
        Files.delete(retired);
        move(target, retired);
      }
      move(staging, target);
      if (retired != null) {
        deleteTree(retired);
      }
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
    return target;
  }

  private static boolean sameContent(Path folder, Map<String, byte[]> files) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (var entries = Files.list(folder)) {
      if (entries.count() != files.size()) {
        return false;
      }
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path existing = folder.resolve(file.getKey());
      if (!Files.isRegularFile(existing)
          || !Arrays.equals(Files.readAllBytes(existing), file.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}

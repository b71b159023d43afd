package dev.onramp.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the constructs' Java sources into their source root, which blueprints of several packages
 * share. Each file is written aside and moved into place, so a compiler never reads half a file; a
 * file whose bytes are unchanged is left alone, so incremental builds stay incremental. A list of
 * what was written stays in the root, so the next run removes the files of a construct that was
 * renamed or dropped instead of compiling it forever.
 */
final class GeneratedSourcesWriter {
  static final String MANIFEST = ".onramp-cdk-files";

  private final Path root;

  GeneratedSourcesWriter(Path root) {
    this.root = root;
  }

  /** Writes {@code files} (relative path to bytes); returns the path of each, in that order. */
  List<Path> write(Map<String, byte[]> files) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey()).normalize();
      if (!Files.isRegularFile(target)
          || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".new");
        try {
          Files.write(staging, file.getValue());
          move(staging, target);
        } finally {
          Files.deleteIfExists(staging);
        }
      }
      written.add(target);
    }
    removeStale(files.keySet());
    return written;
  }

  private void removeStale(Set<String> current) throws IOException {
    Path manifest = root.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        Path stale = root.resolve(previous).normalize();
        if (!previous.isBlank() && !current.contains(previous) && stale.startsWith(root)) {
          Files.deleteIfExists(stale);
        }
      }
    }
    if (current.isEmpty()) {
      Files.deleteIfExists(manifest);
      return;
    }
    Files.createDirectories(root);
    Path staging = Files.createTempFile(root, MANIFEST, ".new");
    try {
      Files.writeString(staging, String.join("\n", new TreeSet<>(current)) + "\n");
      move(staging, manifest);
    } finally {
      Files.deleteIfExists(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

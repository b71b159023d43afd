package dev.onramp.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The output of one generation, written as it is made but invisible until {@link #commit}: each
 * blueprint's folder and each construct source file goes to a hidden staging directory beside the
 * output directory, so that memory holds one blueprint at a time however many there are, while a
 * build with an error anywhere still writes nothing ({@link #close} without commit removes the
 * staging directory).
 *
 * <p>Commit moves each staged folder into place (the old one aside first, then deleted), so a
 * reader or a crash never sees a folder with some files new and some old; each source file moves
 * into place on its own, so a compiler never reads half a file. Folders and files whose bytes are
 * unchanged are never staged, so their timestamps stay and incremental builds stay incremental. A
 * list of the construct sources written stays in their root, so the next run removes the files of a
 * construct that was renamed or dropped instead of compiling it forever.
 */
final class StagedOutput implements AutoCloseable {
  static final String CDK_MANIFEST = ".onramp-cdk-files";

  private final Path outputDirectory;
  private final Path cdkRoot;
  private Path staging;
  private final Map<String, Path> stagedFolders = new LinkedHashMap<>();
  private final Map<String, Path> stagedSources = new LinkedHashMap<>();
  private final Set<String> currentSources = new TreeSet<>();

  StagedOutput(Path outputDirectory, Path cdkRoot) {
    this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    this.cdkRoot = cdkRoot.toAbsolutePath().normalize();
  }

  /** Where {@code <output>/<name>} is once committed. */
  Path folder(String name) {
    return outputDirectory.resolve(name);
  }

  /** Where a construct source file (a path relative to the source root) is once committed. */
  Path source(String relativePath) {
    return cdkRoot.resolve(relativePath).normalize();
  }

  /** Stages {@code <output>/<name>} to hold exactly {@code files} (file name to bytes). */
  void folder(String name, Map<String, byte[]> files) throws IOException {
    if (sameContent(folder(name), files)) {
      return;
    }
    Path staged = staging().resolve("cfn").resolve(name);
    Files.createDirectories(staged);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Files.write(staged.resolve(file.getKey()), file.getValue());
    }
    stagedFolders.put(name, staged);
  }

  /** Stages one construct source file, a path relative to the source root. */
  void source(String relativePath, byte[] bytes) throws IOException {
    currentSources.add(relativePath);
    Path target = source(relativePath);
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return;
    }
    Path staged = staging().resolve("cdk").resolve(relativePath).normalize();
    Files.createDirectories(staged.getParent());
    Files.write(staged, bytes);
    stagedSources.put(relativePath, staged);
  }

  /** Moves everything staged into place and removes the construct sources of the last run. */
  void commit() throws IOException {
    for (Map.Entry<String, Path> source : stagedSources.entrySet()) {
      Path target = source(source.getKey());
      Files.createDirectories(target.getParent());
      move(source.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
    }
    removeStaleSources();
    for (Map.Entry<String, Path> folder : stagedFolders.entrySet()) {
      Path target = folder(folder.getKey());
      Files.createDirectories(outputDirectory);
      Path retired = null;
      if (Files.exists(target)) {
        retired = staging().resolve("retired").resolve(folder.getKey());
        Files.createDirectories(retired.getParent());
        move(target, retired);
      }
      move(folder.getValue(), target);
    }
  }

  /** Removes the staging directory: after a commit what is left of it, otherwise everything. */
  @Override
  public void close() throws IOException {
    if (staging != null && Files.exists(staging)) {
      deleteTree(staging);
    }
  }

  private Path staging() throws IOException {
    if (staging == null) {
      // Beside the output directory, so that the moves into place are renames on one file system.
      Path parent =
          outputDirectory.getParent() == null ? outputDirectory : outputDirectory.getParent();
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, ".onramp-generate-");
    }
    return staging;
  }

  private void removeStaleSources() throws IOException {
    Path manifest = cdkRoot.resolve(CDK_MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        Path stale = cdkRoot.resolve(previous).normalize();
        if (!previous.isBlank()
            && !currentSources.contains(previous)
            && stale.startsWith(cdkRoot)) {
          Files.deleteIfExists(stale);
        }
      }
    }
    if (currentSources.isEmpty()) {
      Files.deleteIfExists(manifest);
      return;
    }
    Files.createDirectories(cdkRoot);
    Path staged = Files.createTempFile(cdkRoot, CDK_MANIFEST, ".new");
    try {
      Files.writeString(staged, String.join("\n", currentSources) + "\n");
      move(staged, manifest, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(staged);
    }
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

  private static void move(Path from, Path to, StandardCopyOption... options) throws IOException {
    List<StandardCopyOption> atomic = new ArrayList<>(Arrays.asList(options));
    atomic.add(StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(from, to, atomic.toArray(StandardCopyOption[]::new));
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, options);
    }
  }

  private static void deleteTree(Path root) throws IOException {
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

package dev.onramp.review.baseline;

import dev.onramp.generate.BlueprintSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The project's blueprints as they were at a git ref (a tag, a branch, a commit), read with the
 * {@code git} command so no working tree is touched. They are compiled with today's generator, so
 * the diff shows what the blueprints' change does, not what a generator upgrade does.
 */
final class GitBaseline {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path repository;

  private GitBaseline(Path repository) {
    this.repository = repository;
  }

  /** The repository that holds {@code directory}, if {@code git} is there and it is in one. */
  static java.util.Optional<GitBaseline> around(Path directory) {
    try {
      Result top = run(directory, "rev-parse", "--show-toplevel");
      return top.ok()
          ? java.util.Optional.of(new GitBaseline(Path.of(top.text().strip())))
          : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** Whether {@code ref} names a commit of this repository. */
  boolean hasCommit(String ref) throws BaselineException {
    return git("rev-parse", "--verify", "--quiet", ref + "^{commit}").ok();
  }

  /**
   * The {@code .yaml}/{@code .yml} files under {@code blueprintDirectory} at {@code ref}, named as
   * the generator names them (relative to the repository, with a {@code <ref>:} prefix).
   */
  List<BlueprintSource> blueprintsAt(String ref, Path blueprintDirectory) throws BaselineException {
    Path absolute = blueprintDirectory.toAbsolutePath().normalize();
    Path root = repository.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      throw new BaselineException(
          "blueprint directory " + blueprintDirectory + " is not inside the git repository " + root,
          "use a baseline directory or a manifest URL instead of a git ref");
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    Result listing =
        git("ls-tree", "-r", "--name-only", ref, "--", relative.isEmpty() ? "." : relative);
    if (!listing.ok()) {
      throw new BaselineException(
          "git cannot list " + relative + " at " + ref + ": " + listing.text().strip(),
          "check the ref with git log " + ref);
    }
    List<BlueprintSource> sources = new ArrayList<>();
    for (String path : listing.text().lines().sorted().toList()) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        Result content = git("show", ref + ":" + path);
        if (!content.ok()) {
          throw new BaselineException(
              "git cannot show " + path + " at " + ref + ": " + content.text().strip(),
              "check the repository with git fsck");
        }
        sources.add(new BlueprintSource(ref + ":" + path, content.bytes()));
      }
    }
    return sources;
  }

  private Result git(String... arguments) throws BaselineException {
    try {
      return run(repository, arguments);
    } catch (IOException e) {
      throw new BaselineException(
          "cannot run git: " + e.getMessage(), "install git, or give a baseline directory", e);
    }
  }

  /** What a git command printed, and whether it succeeded. */
  private record Result(boolean ok, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static Result run(Path directory, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.add("-C");
    command.add(directory.toString());
    command.addAll(List.of(arguments));
    // Errors go to a file, not the pipe: a warning on stderr must never end up in a template.
    Path errors = Files.createTempFile("onramp-git", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
              .start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = process.getInputStream()) {
        in.transferTo(out);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IOException("git " + String.join(" ", arguments) + " timed out");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while running git", e);
      }
      boolean ok = process.exitValue() == 0;
      return new Result(ok, ok ? out.toByteArray() : Files.readAllBytes(errors));
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}

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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The project's files as they were at a git ref (a tag, a branch, a commit), read with the {@code
 * git} command so no working tree is touched: its blueprints, which {@link Sides} compiles with
 * today's generator (so the diff shows what the blueprints' change does, not what a generator
 * upgrade does), or its templates, one file or a folder with the output layout.
 */
final class GitSide {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path repository;

  private GitSide(Path repository) {
    this.repository = repository;
  }

  /** The repository that holds {@code directory}, if {@code git} is there and it is in one. */
  static java.util.Optional<GitSide> around(Path directory) {
    try {
      Result top = run(directory, "rev-parse", "--show-toplevel");
      return top.ok()
          ? java.util.Optional.of(new GitSide(Path.of(top.text().strip())))
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
    String relative = relative(blueprintDirectory);
    Result listing = git("ls-tree", "-r", "--name-only", ref, "--", relative);
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

  /**
   * The templates under {@code path} at {@code ref}: one file, or a folder with the output layout
   * ({@code <name>/template.yaml} or {@code template.json}); {@code spec} is how the user wrote it.
   */
  Side templatesAt(String ref, Path path, String spec) throws BaselineException {
    String relative = relative(path);
    String object = ref + ":" + (relative.equals(".") ? "" : relative);
    Result type = git("cat-file", "-t", object);
    if (!type.ok()) {
      throw new BaselineException(
          relative + " does not exist at " + ref,
          "give a template file or a folder of templates that "
              + ref
              + " holds: git ls-tree "
              + ref);
    }
    if (type.text().strip().equals("blob")) {
      String name = relative.substring(relative.lastIndexOf('/') + 1);
      if (!FolderSide.isTemplateFile(name)) {
        throw new BaselineException(
            relative + " at " + ref + " is not a template file",
            "give a template file ending in .yaml, .yml, .json or .template, or a folder of them");
      }
      String text = show(ref, relative);
      return new Side(
          "git ref " + spec,
          List.of(SideTemplate.read(FolderSide.nameOf(name), text, spec, Optional.empty())),
          true);
    }
    Result listing = git("ls-tree", "-r", "--name-only", ref, "--", relative);
    String prefix = relative.equals(".") ? "" : relative + "/";
    Map<String, String> files = new TreeMap<>();
    for (String file : listing.text().lines().toList()) {
      String[] parts = file.substring(prefix.length()).split("/", -1);
      boolean template =
          parts.length == 2
              && (parts[1].equals(FolderSide.YAML) || parts[1].equals(FolderSide.JSON));
      // template.yaml sorts after template.json: the YAML rendering wins, as in a folder.
      if (template && (!files.containsKey(parts[0]) || parts[1].equals(FolderSide.YAML))) {
        files.put(parts[0], file);
      }
    }
    if (!listing.ok() || files.isEmpty()) {
      Optional<String> loose =
          listing.text().lines().filter(file -> isLooseTemplate(file, prefix)).findFirst();
      throw new BaselineException(
          relative + " at " + ref + " holds no <name>/template.yaml or <name>/template.json",
          loose.isPresent()
              ? "give one template file, such as " + ref + ":" + loose.get()
              : "give a template file, or a folder with the output layout, that " + ref + " holds");
    }
    List<SideTemplate> templates = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      templates.add(
          SideTemplate.read(
              file.getKey(),
              show(ref, file.getValue()),
              ref + ":" + file.getValue(),
              Optional.empty()));
    }
    return new Side("git ref " + spec, templates, false);
  }

  /** A template file directly in the folder, not in a folder of its own. */
  private static boolean isLooseTemplate(String file, String prefix) {
    String rest = file.substring(prefix.length());
    return !rest.contains("/") && FolderSide.isTemplateFile(rest);
  }

  private String show(String ref, String path) throws BaselineException {
    Result content = git("show", ref + ":" + path);
    if (!content.ok()) {
      throw new BaselineException(
          "git cannot show " + path + " at " + ref + ": " + content.text().strip(),
          "check the repository with git fsck");
    }
    return content.text();
  }

  /** {@code path} relative to the repository's top, with forward slashes. */
  private String relative(Path path) throws BaselineException {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = repository.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      throw new BaselineException(
          path + " is not inside the git repository " + root,
          "use a folder, a template file or a manifest URL instead of a git ref");
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  private Result git(String... arguments) throws BaselineException {
    try {
      return run(repository, arguments);
    } catch (IOException e) {
      throw new BaselineException(
          "cannot run git: " + e.getMessage(),
          "install git, or give a folder or a template file",
          e);
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

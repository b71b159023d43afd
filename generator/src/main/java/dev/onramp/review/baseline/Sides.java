package dev.onramp.review.baseline;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a {@link Side} from what a user writes for it ({@code cfn.baseline}, {@code
 * cfn.diff.current}, {@code cfn.report.templates}), in this order: an http(s) URL is a published
 * manifest; an existing folder has the output layout; an existing file is one template; {@code
 * <ref>:<path>} is the templates under that path at a git ref; any other git ref is the project's
 * blueprints at that ref, compiled now. Paths are relative to the project's folder. The build's own
 * blueprints ({@link Side#BLUEPRINTS}) are compiled by the caller.
 */
public final class Sides {
  private static final String CHOICES =
      "give a folder with <name>/template.yaml, a template file (.yaml, .yml, .json, .template), a"
          + " git ref such as main or v1.4.0 (its blueprints), <ref>:<path> (the templates at that"
          + " ref), the URL of a published manifest.json, or blueprints";

  private Sides() {}

  public static Side resolve(String spec, Side.Project project) throws BaselineException {
    String trimmed = spec.strip();
    if (trimmed.isEmpty()) {
      throw new BaselineException("no templates were named", CHOICES);
    }
    if (Side.isBlueprints(trimmed)) {
      throw new IllegalArgumentException("the caller compiles the build's blueprints");
    }
    if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
      try {
        return ManifestSide.read(new URI(trimmed));
      } catch (URISyntaxException e) {
        throw new BaselineException(
            "'" + trimmed + "' is not a valid URL: " + e.getMessage(), "check the URL", e);
      }
    }
    Optional<Path> path = path(project.baseDirectory(), trimmed);
    if (path.isPresent() && Files.isDirectory(path.get())) {
      return FolderSide.folder(path.get(), trimmed);
    }
    if (path.isPresent() && Files.isRegularFile(path.get())) {
      return FolderSide.file(path.get(), trimmed);
    }
    Optional<GitSide> git = GitSide.around(project.baseDirectory());
    int colon = trimmed.indexOf(':');
    if (git.isPresent() && colon > 0 && git.get().hasCommit(trimmed.substring(0, colon))) {
      String ref = trimmed.substring(0, colon);
      Optional<Path> at = path(project.baseDirectory(), trimmed.substring(colon + 1));
      if (at.isEmpty()) {
        throw new BaselineException("'" + trimmed + "' does not name a path after " + ref, CHOICES);
      }
      return git.get().templatesAt(ref, at.get(), trimmed);
    }
    if (git.isPresent() && git.get().hasCommit(trimmed)) {
      return compiled(trimmed, git.get(), project);
    }
    if (FolderSide.isTemplateFile(trimmed)) {
      throw new BaselineException(
          "template file " + trimmed + " does not exist in " + project.baseDirectory(),
          "check the path; it is relative to the project's folder");
    }
    throw new BaselineException(
        "'"
            + trimmed
            + "' is not a folder, not a template file, not an http(s) manifest URL"
            + (git.isPresent()
                ? ", and not a commit of this git repository"
                : ", and the project is not in a git repository"),
        CHOICES);
  }

  /** {@code text} as a path in the project, if it can be one on this system. */
  private static Optional<Path> path(Path baseDirectory, String text) {
    try {
      return text.isEmpty() ? Optional.empty() : Optional.of(baseDirectory.resolve(text));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Side compiled(String ref, GitSide git, Side.Project project)
      throws BaselineException {
    List<BlueprintSource> own = git.blueprintsAt(ref, project.blueprintDirectory());
    if (own.isEmpty() && project.shippedBlueprints().isEmpty()) {
      if (project.counterpart().isPresent()) {
        Path same = project.counterpart().get();
        String shown =
            project
                .baseDirectory()
                .toAbsolutePath()
                .normalize()
                .relativize(same.toAbsolutePath().normalize())
                .toString();
        return git.templatesAt(ref, same, ref + ":" + shown.replace('\\', '/'));
      }
      throw new BaselineException(
          "git ref " + ref + " holds no blueprints in " + project.blueprintDirectory(),
          "to compare the templates it holds, give their path at that ref: "
              + ref
              + ":<template file or folder with the output layout>");
    }
    List<BlueprintSource> sources = new ArrayList<>(own);
    sources.addAll(project.shippedBlueprints());
    try {
      return Side.blueprints(
              new Generator().compileAll(sources, project.vendorForShipped()).templates())
          .described("git ref " + ref);
    } catch (BlueprintException e) {
      throw new BaselineException(
          "the blueprints at " + ref + " do not compile with this generator:\n" + e.getMessage(),
          "compare with a folder of that release's output, its published manifest, or the"
              + " templates at that ref (<ref>:<path>)",
          e);
    }
  }
}

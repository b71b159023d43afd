package dev.onramp.review.baseline;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the baseline a policy diff compares with, from what a user writes for {@code cfn.baseline}:
 * an http(s) URL is a published manifest; a folder is a copy of the output directory; anything else
 * is a git ref of the repository that holds the project, whose blueprints are compiled as they were
 * at that ref.
 */
public final class Baseline {
  private Baseline() {}

  /** What the project looks like now, for resolving a baseline against it. */
  public record Project(
      Path baseDirectory,
      Path blueprintDirectory,
      List<BlueprintSource> shippedBlueprints,
      Optional<Vendor> vendorForShipped) {
    public Project {
      shippedBlueprints = List.copyOf(shippedBlueprints);
    }
  }

  public static BaselineTemplates resolve(String spec, Project project) throws BaselineException {
    String trimmed = spec.strip();
    if (trimmed.isEmpty()) {
      throw new BaselineException(
          "no baseline was given",
          "set -Dcfn.baseline to a directory, a git ref (such as main or v1.4.0) or the URL of a"
              + " published manifest");
    }
    if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
      try {
        return ManifestBaseline.read(new URI(trimmed));
      } catch (URISyntaxException e) {
        throw new BaselineException(
            "'" + trimmed + "' is not a valid URL: " + e.getMessage(), "check the URL", e);
      }
    }
    Path directory = project.baseDirectory().resolve(trimmed);
    if (Files.isDirectory(directory)) {
      return DirectoryBaseline.read(directory, trimmed);
    }
    Optional<GitBaseline> git = GitBaseline.around(project.baseDirectory());
    if (git.isPresent() && git.get().hasCommit(trimmed)) {
      return compiled(trimmed, git.get(), project);
    }
    throw new BaselineException(
        "baseline '"
            + trimmed
            + "' is not a directory, not an http(s) manifest URL"
            + (git.isPresent()
                ? ", and not a commit of this git repository"
                : ", and the project" + " is not in a git repository"),
        "give a folder with <blueprint>/template.yaml, a git ref such as main or v1.4.0, or the"
            + " URL of a published manifest.json");
  }

  private static BaselineTemplates compiled(String ref, GitBaseline git, Project project)
      throws BaselineException {
    List<BlueprintSource> sources =
        new ArrayList<>(git.blueprintsAt(ref, project.blueprintDirectory()));
    sources.addAll(project.shippedBlueprints());
    try {
      Map<String, String> templates = new TreeMap<>();
      for (CompiledTemplate template :
          new Generator().compileAll(sources, project.vendorForShipped()).templates()) {
        templates.put(template.name(), template.yaml());
      }
      return new BaselineTemplates("git ref " + ref, templates);
    } catch (BlueprintException e) {
      throw new BaselineException(
          "the blueprints at " + ref + " do not compile with this generator:\n" + e.getMessage(),
          "diff against a directory of that release's output, or its published manifest",
          e);
    }
  }
}

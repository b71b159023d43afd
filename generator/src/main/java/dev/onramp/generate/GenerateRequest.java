package dev.onramp.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What to generate and where: every blueprint source, and the output directory. */
public record GenerateRequest(List<BlueprintSource> sources, Path outputDirectory) {

  public GenerateRequest {
    sources = List.copyOf(sources);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }
}

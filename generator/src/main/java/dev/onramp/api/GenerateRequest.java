package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Generate every blueprint's templates, and the CDK construct of each blueprint with a {@code cdk}
 * section.
 *
 * @param outputDirectory where templates go, one folder per blueprint name
 * @param cdkSourceDirectory where the constructs' Java sources go
 * @param cdkTemplateDirectory Freemarker templates replacing the built-in ones of the same name
 * @param cdkDumpViewModel also write each construct's view model as {@code <Name>.view.json}
 */
public record GenerateRequest(
    ProjectBlueprints blueprints,
    Path outputDirectory,
    Path cdkSourceDirectory,
    Optional<Path> cdkTemplateDirectory,
    boolean cdkDumpViewModel) {

  public GenerateRequest {
    Objects.requireNonNull(blueprints, "blueprints");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(cdkSourceDirectory, "cdkSourceDirectory");
    Objects.requireNonNull(cdkTemplateDirectory, "cdkTemplateDirectory");
  }
}

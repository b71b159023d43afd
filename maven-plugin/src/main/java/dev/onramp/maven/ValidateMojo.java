package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.lint.LintException;
import dev.onramp.lint.container.ContainerLint;
import dev.onramp.lint.container.ContainerSettings;
import dev.onramp.validate.ConsoleSummary;
import dev.onramp.validate.ReportFiles;
import dev.onramp.validate.ValidateRequest;
import dev.onramp.validate.ValidationReport;
import dev.onramp.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the templates {@code cfn:generate} wrote: cfn-lint (in a pinned container, or a local
 * install) and Onramp's own security checks. Prints a summary, writes JSON, SARIF and JUnit
 * reports, and fails on errors (and on warnings with {@code cfn.failOnWarning}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractBlueprintMojo {

  /** Fail the build on warnings too, not only on errors. */
  @Parameter(property = "cfn.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /**
   * Where cfn-lint runs: {@code auto} (a container when Docker answers, else a local cfn-lint),
   * {@code container} or {@code local}.
   */
  @Parameter(property = "cfn.lint.engine", defaultValue = "auto")
  private String lintEngine;

  /** The local cfn-lint executable; default: {@code cfn-lint} on PATH. */
  @Parameter(property = "cfn.lint.executable")
  private File lintExecutable;

  /**
   * The image the cfn-lint container is built on: any image with python3 and pip. Default
   * python:3.11-slim (pulled by Docker), or {@code ONRAMP_LINT_BASE_IMAGE}.
   */
  @Parameter(property = "cfn.lint.baseImage")
  private String lintBaseImage;

  /**
   * A folder of cfn-lint wheels, so the image builds without network; default {@code
   * ONRAMP_LINT_WHEELHOUSE}.
   */
  @Parameter(property = "cfn.lint.wheelhouse")
  private File lintWheelhouse;

  /** Where cfn-validate.json, cfn-validate.sarif and cfn-validate-junit.xml go. */
  @Parameter(
      property = "cfn.reportDirectory",
      defaultValue = "${project.build.directory}/cfn-reports",
      required = true)
  private File reportDirectory;

  /** cfn-lint results of unchanged templates are kept here and not computed again. */
  @Parameter(defaultValue = "${project.build.directory}/cfn-lint-cache", required = true)
  private File cacheDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping template validation (cfn.skip)");
      return;
    }
    ValidationReport report;
    try (LintEngine engine =
        LintEngines.create(
            mode(),
            Optional.of(new ContainerLint(containerSettings())),
            executable(),
            getLog()::info)) {
      ValidateRequest request =
          new ValidateRequest(
              sources(),
              outputDirectory.toPath(),
              vendorForShipped(),
              cacheDirectory.toPath(),
              base());
      report = Validator.validate(request, engine);
    } catch (BlueprintException e) {
      throw failure(e);
    } catch (LintException e) {
      throw new MojoExecutionException("cfn-lint could not run: " + e.getMessage(), e);
    } finally {
      ContainerLint.removeContainersBeforeShutdown();
    }
    List<String> summary = ConsoleSummary.lines(report);
    summary.forEach(line -> getLog().info(line));
    List<Path> written;
    try {
      written = ReportFiles.writeAll(report, reportDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the validation reports: " + e, e);
    }
    getLog().info("Reports: " + SummaryLine.display(written.get(0).getParent(), base()));
    if (report.fails(failOnWarning)) {
      throw new MojoFailureException(
          summary.get(summary.size() - 1)
              + (failOnWarning ? " (cfn.failOnWarning is on)" : "")
              + "; see the findings above or "
              + SummaryLine.display(written.get(1), base()));
    }
  }

  private LintEngines.Mode mode() throws MojoFailureException {
    try {
      return LintEngines.Mode.valueOf(lintEngine.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "<lintEngine> is '" + lintEngine + "', perhaps you should use auto, container or local");
    }
  }

  private ContainerSettings containerSettings() {
    ContainerSettings settings = ContainerSettings.fromEnvironment();
    if (lintBaseImage != null && !lintBaseImage.isBlank()) {
      settings = settings.withBaseImage(lintBaseImage.strip());
    }
    if (lintWheelhouse != null) {
      settings = settings.withWheelhouse(Optional.of(lintWheelhouse.toPath()));
    }
    return settings;
  }

  private Optional<Path> executable() {
    return Optional.ofNullable(lintExecutable).map(File::toPath);
  }
}

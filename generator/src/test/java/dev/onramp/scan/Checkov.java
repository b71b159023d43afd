package dev.onramp.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * checkov, the infrastructure-as-code scanner many security teams run on the templates they are
 * asked to deploy, run as a real process over generated templates with its CloudFormation checks.
 *
 * <p>The executable is {@code -Donramp.checkov=<path>}, else {@code ONRAMP_CHECKOV}, else {@code
 * checkov} on the PATH; CI installs {@value #VERSION} from PyPI ({@code .ci/run}). A missing
 * checkov fails the test that needs it, with how to install it, rather than skipping: a scan that
 * did not run proves nothing.
 */
public final class Checkov {
  /** The version CI installs and the figures in docs/reliability.md were taken with. */
  public static final String VERSION = "3.3.30";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_MINUTES = 5;

  private final String executable;
  private final String version;

  private Checkov(String executable, String version) {
    this.executable = executable;
    this.version = version;
  }

  /**
   * The checkov this machine has.
   *
   * @throws AssertionError if there is none, saying how to get one
   */
  public static Checkov locate() {
    String executable =
        Optional.ofNullable(System.getProperty("onramp.checkov"))
            .or(() -> Optional.ofNullable(System.getenv("ONRAMP_CHECKOV")))
            .filter(path -> !path.isBlank())
            .orElse("checkov");
    Run run;
    try {
      run = run(List.of(executable, "--version"), Path.of("."));
    } catch (IOException e) {
      throw new AssertionError(
          "checkov is not installed ("
              + executable
              + ": "
              + e.getMessage()
              + "). Install it with: python3 -m venv ~/.venvs/checkov && ~/.venvs/checkov/bin/pip"
              + " install checkov=="
              + VERSION
              + ", then put it on the PATH or pass -Donramp.checkov=~/.venvs/checkov/bin/checkov",
          e);
    }
    if (run.exitCode() != 0) {
      throw new AssertionError(executable + " --version failed:\n" + run.stderr());
    }
    return new Checkov(executable, run.stdout().strip());
  }

  public String version() {
    return version;
  }

  /**
   * Scans {@code templates} with every CloudFormation check. Nothing is fetched from the network
   * ({@code --skip-download}); findings never change the exit code ({@code --soft-fail}), so a
   * non-zero one means checkov itself failed.
   */
  public Scan scan(List<Path> templates) throws IOException {
    // checkov runs in the templates' common folder and is given their paths relative to it.
    // CKV_AWS_45 scans every value of a Lambda's Environment.Variables, and checkov adds the
    // template's path there ("__file__"): an absolute path with a run of exactly 40 letters,
    // digits and slashes ("/check/work/main/samples/target/cfn/acme" is one) looks like an AWS
    // secret key to it, so the verdict depended on where the checkout was.
    Path root = commonFolder(templates);
    List<String> command = new ArrayList<>();
    command.add(executable);
    for (Path template : templates) {
      command.add("-f");
      command.add(root.relativize(template.toAbsolutePath().normalize()).toString());
    }
    command.addAll(
        List.of("--framework", "cloudformation", "--skip-download", "--soft-fail", "-o", "json"));
    Run run = run(command, root);
    if (run.exitCode() != 0) {
      throw new AssertionError(
          "checkov failed (exit " + run.exitCode() + "):\n" + run.stderr() + run.stdout());
    }
    return Scan.of(JSON.readTree(run.stdout()), root);
  }

  /** The deepest folder that holds every one of {@code files}. */
  static Path commonFolder(List<Path> files) {
    Path common = null;
    for (Path file : files) {
      Path folder = file.toAbsolutePath().normalize().getParent();
      if (common == null) {
        common = folder;
      }
      while (!folder.startsWith(common)) {
        common = common.getParent();
      }
    }
    if (common == null) {
      throw new IllegalArgumentException("no templates to scan");
    }
    return common;
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(List<String> command, Path workingDirectory) throws IOException {
    Path stdout = Files.createTempFile("checkov-", ".out");
    Path stderr = Files.createTempFile("checkov-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .directory(workingDirectory.toFile());
      // The same as --skip-download, for --version too: no fetch of Prisma Cloud's check mapping.
      builder.environment().put("BC_SKIP_MAPPING", "TRUE");
      Process process = builder.start();
      try {
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError(
              "checkov did not finish within " + TIMEOUT_MINUTES + " minutes: " + command);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while checkov ran", e);
      }
      return new Run(
          process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** One check on one resource of one template. */
  public record Finding(
      Path file,
      String resource,
      String checkId,
      String checkName,
      String result,
      String suppressComment) {
    /** The logical id, without checkov's {@code AWS::S3::Bucket.} type prefix. */
    public String logicalId() {
      return resource.substring(resource.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
      return file + ": " + checkId + " (" + checkName + ") on " + resource;
    }
  }

  /** What one scan found. */
  public record Scan(
      List<Finding> passed,
      List<Finding> failed,
      List<Finding> skipped,
      List<String> parsingErrors,
      int resourceCount) {
    public Scan {
      passed = List.copyOf(passed);
      failed = List.copyOf(failed);
      skipped = List.copyOf(skipped);
      parsingErrors = List.copyOf(parsingErrors);
    }

    /** The report of a run in {@code root}, whose paths are relative to it. */
    static Scan of(JsonNode report, Path root) {
      // One framework gives one report object; a run with nothing to scan gives only a summary.
      JsonNode results = report.path("results");
      List<String> parsingErrors = new ArrayList<>();
      results
          .path("parsing_errors")
          .forEach(error -> parsingErrors.add(root.resolve(error.asText()).toString()));
      return new Scan(
          findings(results.path("passed_checks"), root),
          findings(results.path("failed_checks"), root),
          findings(results.path("skipped_checks"), root),
          parsingErrors,
          report.path("summary").path("resource_count").asInt(0));
    }

    private static List<Finding> findings(JsonNode checks, Path root) {
      List<Finding> findings = new ArrayList<>();
      for (JsonNode check : checks) {
        findings.add(
            new Finding(
                root.resolve(check.path("file_abs_path").asText()).normalize(),
                check.path("resource").asText(),
                check.path("check_id").asText(),
                check.path("check_name").asText(),
                check.path("check_result").path("result").asText(),
                check.path("check_result").path("suppress_comment").asText(null)));
      }
      return findings;
    }

    /** Every finding, whatever its result. */
    public List<Finding> all() {
      List<Finding> all = new ArrayList<>(passed);
      all.addAll(failed);
      all.addAll(skipped);
      return all;
    }
  }
}

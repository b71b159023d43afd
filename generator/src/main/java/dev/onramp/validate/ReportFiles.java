package dev.onramp.validate;

import dev.onramp.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the machine-readable validation reports into one directory: {@value #JSON}, {@value
 * #SARIF} and {@value #JUNIT}, each in one step ({@link AtomicFiles}), so a reader never sees half
 * a report.
 */
public final class ReportFiles {
  public static final String JSON = "cfn-validate.json";
  public static final String SARIF = "cfn-validate.sarif";
  public static final String JUNIT = "cfn-validate-junit.xml";

  private ReportFiles() {}

  /** Writes the three reports, creating the directory; returns their paths in the order above. */
  public static List<Path> writeAll(ValidationReport report, Path directory) throws IOException {
    Files.createDirectories(directory);
    return List.of(
        AtomicFiles.write(directory.resolve(JSON), JsonReport.write(report)),
        AtomicFiles.write(directory.resolve(SARIF), SarifReport.write(report)),
        AtomicFiles.write(directory.resolve(JUNIT), JunitReport.write(report)));
  }
}

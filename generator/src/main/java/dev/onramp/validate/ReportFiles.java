package dev.onramp.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes the machine-readable reports into one directory: {@value #JSON}, {@value #SARIF} and
 * {@value #JUNIT}. Each file is written beside its target and moved into place in one step, so a
 * reader (a CI upload, a dashboard) never sees half a report, and a failed write leaves the last
 * complete one.
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
        write(directory.resolve(JSON), JsonReport.write(report)),
        write(directory.resolve(SARIF), SarifReport.write(report)),
        write(directory.resolve(JUNIT), JunitReport.write(report)));
  }

  /**
   * Writes {@code content} beside {@code target} and moves it into place in one step; returns
   * {@code target}.
   */
  public static Path write(Path target, String content) throws IOException {
    Path temporary = temporaryBeside(target);
    try {
      // Not Files.createTempFile: its owner-only permissions would carry over to the report.
      Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Path temporaryBeside(Path target) throws IOException {
    while (true) {
      Path candidate =
          target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        // Another writer picked the same name: pick again.
      }
    }
  }
}

package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @Test
  void writesTheThreeReportsIntoANewDirectory(@TempDir Path temp) throws IOException {
    Path directory = temp.resolve("target/cfn-validate");
    ValidationReport report = SampleReports.sample();

    List<Path> written = ReportFiles.writeAll(report, directory);

    assertThat(written)
        .containsExactly(
            directory.resolve("cfn-validate.json"),
            directory.resolve("cfn-validate.sarif"),
            directory.resolve("cfn-validate-junit.xml"));
    assertThat(read(written.get(0))).isEqualTo(JsonReport.write(report));
    assertThat(read(written.get(1))).isEqualTo(SarifReport.write(report));
    assertThat(read(written.get(2))).isEqualTo(JunitReport.write(report));
    assertThat(listing(directory))
        .containsExactly("cfn-validate-junit.xml", "cfn-validate.json", "cfn-validate.sarif");
  }

  @Test
  void replacesEarlierReportsAndLeavesNoTemporaryFiles(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("cfn-validate.json"), "stale");
    Files.writeString(directory.resolve("other.txt"), "kept");

    ReportFiles.writeAll(SampleReports.sample(), directory);
    byte[] first = Files.readAllBytes(directory.resolve("cfn-validate.sarif"));
    ReportFiles.writeAll(SampleReports.sample(), directory);

    assertThat(read(directory.resolve("cfn-validate.json")))
        .isEqualTo(JsonReport.write(SampleReports.sample()));
    assertThat(Files.readAllBytes(directory.resolve("cfn-validate.sarif"))).isEqualTo(first);
    assertThat(listing(directory))
        .containsExactly(
            "cfn-validate-junit.xml", "cfn-validate.json", "cfn-validate.sarif", "other.txt");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}

package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.onramp.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Three templates whose cfn-lint result is known (one error, one warning, none), copied into a
 * folder, and the assertion every engine must pass on them. Public for the container engine's tests
 * (onramp-lint-container, through this module's test-jar).
 */
public final class KnownTemplates {
  static final String ERROR = "error.yaml";
  static final String WARNING = "warning.yaml";
  static final String CLEAN = "clean.yaml";

  public final Path error;
  public final Path warning;
  public final Path clean;

  private KnownTemplates(Path folder) {
    this.error = copy(ERROR, folder);
    this.warning = copy(WARNING, folder);
    this.clean = copy(CLEAN, folder);
  }

  public static KnownTemplates in(Path folder) {
    return new KnownTemplates(folder);
  }

  public List<Path> all() {
    return List.of(error, warning, clean);
  }

  /** Exactly E3012 at 7:7 in the first, W2001 at 4:3 in the second, nothing in the third. */
  public void assertFindings(List<LintFinding> findings) {
    assertThat(findings)
        .extracting(
            LintFinding::template,
            LintFinding::ruleId,
            LintFinding::severity,
            LintFinding::line,
            LintFinding::column)
        .containsExactlyInAnyOrder(
            tuple(error, "E3012", Severity.ERROR, 7, 7),
            tuple(warning, "W2001", Severity.WARNING, 4, 3));
    LintFinding e3012 = findings.stream().filter(f -> f.ruleId().equals("E3012")).findFirst().get();
    assertThat(e3012.message()).isEqualTo("'notAnObject' is not of type 'object'");
    assertThat(e3012.path())
        .containsExactly("Resources", "Bucket", "Properties", "VersioningConfiguration");
    assertThat(e3012.resource()).contains("Bucket");
    assertThat(e3012.ruleSource()).startsWith("https://");
    assertThat(e3012.ruleDescription()).isNotBlank();
  }

  private static Path copy(String name, Path folder) {
    try (InputStream in = KnownTemplates.class.getResourceAsStream(name)) {
      Path target = folder.resolve(name);
      Files.createDirectories(folder);
      Files.write(target, in.readAllBytes());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

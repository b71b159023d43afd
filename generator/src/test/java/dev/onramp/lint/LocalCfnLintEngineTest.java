package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local engine against the cfn-lint installed on this machine (CI installs it, see .ci/run): a
 * lint test that skips itself proves nothing, so a missing cfn-lint fails here.
 */
class LocalCfnLintEngineTest {
  @TempDir Path folder;

  static LocalCfnLintEngine engine() {
    return LocalCfnLintEngine.find(Optional.empty())
        .orElseThrow(() -> new AssertionError("cfn-lint is not on PATH: pip install cfn-lint"));
  }

  @Test
  void findsTheKnownErrorAndWarningInOneRun() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder);
    try (LocalCfnLintEngine engine = engine()) {
      System.out.println("cfn-lint engine: " + engine.description());
      templates.assertFindings(engine.lint(templates.all()));
      assertThat(engine.cfnLintVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }
  }

  @Test
  void aCleanTemplateHasNoFindings() throws Exception {
    KnownTemplates templates = KnownTemplates.in(folder);
    try (LocalCfnLintEngine engine = engine()) {
      assertThat(engine.lint(List.of(templates.clean))).isEmpty();
    }
  }

  @Test
  void aUsageErrorIsAnExceptionNotNoFindings() throws Exception {
    Path fake =
        script(
            "echo 'usage: cfn-lint [-h] TEMPLATE' >&2\n"
                + "echo 'cfn-lint: error: unrecognized arguments: --format' >&2\n"
                + "exit 1\n");
    KnownTemplates templates = KnownTemplates.in(folder);
    try (LocalCfnLintEngine engine = new LocalCfnLintEngine(fake)) {
      assertThatThrownBy(() -> engine.lint(templates.all()))
          .isInstanceOf(LintException.class)
          .hasMessageContaining("cfn-lint failed (exit code 1)")
          .hasMessageContaining("unrecognized arguments")
          .hasMessageContaining("fix: run `" + fake + " --format json -- ");
    }
  }

  @Test
  void anErrorExitWithoutFindingsIsAnException() throws Exception {
    Path fake = script("echo '[]'\nexit 2\n");
    KnownTemplates templates = KnownTemplates.in(folder);
    try (LocalCfnLintEngine engine = new LocalCfnLintEngine(fake)) {
      assertThatThrownBy(() -> engine.lint(templates.all()))
          .isInstanceOf(LintException.class)
          .hasMessageContaining("exit code 2 reports findings its output does not have");
    }
  }

  @Test
  void aMissingTemplateIsAnException() {
    try (LocalCfnLintEngine engine = engine()) {
      Path missing = folder.resolve("missing.yaml");
      assertThatThrownBy(() -> engine.lint(List.of(missing)))
          .isInstanceOf(LintException.class)
          .hasMessage("cannot lint " + missing + ": no such file");
    }
  }

  @Test
  void anExecutableThatCannotRunSaysWhatToDo() throws Exception {
    Path notAProgram = Files.writeString(folder.resolve("cfn-lint"), "not a program");
    try (LocalCfnLintEngine engine = new LocalCfnLintEngine(notAProgram)) {
      assertThatThrownBy(engine::cfnLintVersion)
          .isInstanceOf(LintException.class)
          .hasMessageContaining("cannot run " + notAProgram)
          .hasMessageContaining("fix: `pip install cfn-lint`");
    }
  }

  @Test
  void theFingerprintStartsNothingAndChangesWithTheExecutable() throws Exception {
    Path fake = script("exit 0\n");
    LocalCfnLintEngine engine = new LocalCfnLintEngine(fake);
    String before = engine.fingerprint();
    Files.writeString(fake, "#!/bin/sh\necho changed\nexit 0\n");
    assertThat(engine.fingerprint()).startsWith("local ").isNotEqualTo(before);
  }

  private Path script(String body) throws IOException {
    Path file = folder.resolve("fake-cfn-lint");
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}

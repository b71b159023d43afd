package dev.onramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool as a vendor runs it: {@code java -jar onramp-cli.jar} in a project folder, a
 * process of its own with the jar's manifest class path (lib/ beside it) and nothing of this
 * build's class path.
 */
class CliJarIT {

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result java(Path workingDirectory, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("onramp.cli.jar"));
    assertThat(jar).as("the packaged jar").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("onramp-cli", ".out");
    Path err = Files.createTempFile("onramp-cli", ".err");
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("onramp finished").isTrue();
    return new Result(process.exitValue(), read(out), read(err));
  }

  private static String read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.delete(file);
    return text;
  }

  @Test
  void generateRunsFromTheJar() throws Exception {
    Path project = CliRun.fixture("acme", dir);
    Result result = java(project, "generate");
    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out())
        .as(result.toString())
        .startsWith("acme: ")
        .contains("-> target/cfn/acme");
    assertThat(result.err()).as("no warning or SLF4J notice").isEmpty();
    assertThat(project.resolve("target/cfn/acme/template.yaml")).isRegularFile();
    assertThat(project.resolve("target/cfn/acme/template.json")).isRegularFile();
  }

  @Test
  void aBadBlueprintExitsWithOneAndTheLocatedErrorsOnStderr() throws Exception {
    Path project = CliRun.fixture("generate-bad-blueprint", dir);
    Result result = java(project, "generate", "-Dcfn.blueprintDirectory=src/main/blueprints");
    assertThat(result.code()).as(result.toString()).isEqualTo(Exit.FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("src/main/blueprints/bad.yaml:10:5: error ONR101 at roles[0].nmae")
        .contains("onramp generate: 3 errors in 2 blueprints, see above; nothing was written")
        .doesNotContain("Exception");
  }

  @Test
  void versionAndHelpComeFromTheJar() throws Exception {
    Result version = java(dir, "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("onramp ").doesNotContain("development build");
    assertThat(java(dir, "nonsense").code()).isEqualTo(Exit.USAGE);
  }
}

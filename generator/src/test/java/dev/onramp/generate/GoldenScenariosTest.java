package dev.onramp.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onramp.cdk.CdkOptions;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario generates exactly its expected files; a second run writes the same bytes; a run
 * under the Turkish locale and a far-off time zone writes the same bytes too.
 */
public class GoldenScenariosTest {
  @TempDir Path output;

  @TestFactory
  Stream<DynamicTest> generatedTemplatesMatchExpectedFiles() {
    return Scenarios.all("valid").stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> check(scenario)));
  }

  @TestFactory
  Stream<DynamicTest> badBlueprintsReportExpectedErrorsAndWriteNothing() {
    return Scenarios.all("invalid").stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.getFileName().toString(), () -> checkErrors(scenario)));
  }

  /**
   * The scenario's own blueprint is compared with {@code expected/}; each member blueprint it
   * brings along with {@code expected/<member name>/}.
   */
  private void check(Path scenario) throws Exception {
    List<BlueprintSource> sources = Scenarios.sources(scenario);
    Path first = output.resolve("first");
    GenerateRequest firstRequest = new GenerateRequest(sources, first);
    GenerateResult result = new Generator().generate(firstRequest);
    assertThat(result.blueprints()).hasSameSizeAs(sources);
    Path expected = scenario.resolve("expected");
    String warnings =
        result.warnings().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
    compareOrUpdate(expected.resolve("warnings.txt"), warnings.isEmpty() ? null : warnings + "\n");
    for (int i = 0; i < result.blueprints().size(); i++) {
      Path produced = result.blueprints().get(i).directory();
      Path expectedFolder = i == 0 ? expected : expected.resolve(produced.getFileName());
      for (String file : List.of(Generator.YAML_FILE, Generator.JSON_FILE)) {
        compareOrUpdate(expectedFolder.resolve(file), Files.readString(produced.resolve(file)));
      }
      compareConstruct(
          result.blueprints().get(i), firstRequest.cdkSourceRoot(), expectedFolder.resolve("cdk"));
    }

    Path second = output.resolve("second");
    Path secondCdk = output.resolve("second-cdk");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      new Generator()
          .generate(new GenerateRequest(sources, second).withCdk(secondCdk, CdkOptions.DEFAULT));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    for (GeneratedBlueprint produced : result.blueprints()) {
      for (String file : List.of(Generator.YAML_FILE, Generator.JSON_FILE)) {
        assertThat(second.resolve(produced.directory().getFileName()).resolve(file))
            .as("second run under tr-TR and Pacific/Chatham")
            .hasSameBinaryContentAs(produced.directory().resolve(file));
      }
      for (Path source : produced.cdkSources()) {
        assertThat(secondCdk.resolve(firstRequest.cdkSourceRoot().relativize(source)))
            .as("second run under tr-TR and Pacific/Chatham")
            .hasSameBinaryContentAs(source);
      }
    }
  }

  /**
   * The blueprint's construct sources are exactly the files under {@code expected/cdk}, at their
   * paths relative to the source root; a blueprint without a {@code cdk} section has no such
   * folder.
   */
  private static void compareConstruct(GeneratedBlueprint produced, Path root, Path expected)
      throws IOException {
    List<String> paths =
        produced.cdkSources().stream()
            .map(source -> root.relativize(source).toString().replace('\\', '/'))
            .toList();
    for (int i = 0; i < paths.size(); i++) {
      compareOrUpdate(
          expected.resolve(paths.get(i)), Files.readString(produced.cdkSources().get(i)));
    }
    if (Files.isDirectory(expected)) {
      try (Stream<Path> files = Files.walk(expected)) {
        assertThat(
                files
                    .filter(Files::isRegularFile)
                    .map(file -> expected.relativize(file).toString().replace('\\', '/'))
                    .sorted())
            .as("expected construct files of %s", produced.name())
            .containsExactlyElementsOf(paths.stream().sorted().toList());
      }
    }
  }

  private void checkErrors(Path scenario) throws IOException {
    List<BlueprintSource> sources = Scenarios.sources(scenario);
    Path target = output.resolve("bad");
    String errors;
    try {
      new Generator().generate(new GenerateRequest(sources, target));
      errors = "(no error)";
    } catch (BlueprintException e) {
      errors = e.getMessage() + "\n";
    }
    compareOrUpdate(scenario.resolve("expected-errors.txt"), errors);
    assertThat(target).doesNotExist();
  }

  /** Compares with the expected file, or rewrites it with {@code -Donramp.updateGolden=true}. */
  public static void compareOrUpdate(Path expectedFile, String actual) throws IOException {
    if (Scenarios.UPDATE) {
      if (actual == null) {
        Files.deleteIfExists(expectedFile);
      } else {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      }
      return;
    }
    if (actual == null) {
      assertThat(expectedFile).as("no warnings expected").doesNotExist();
      return;
    }
    assertThat(expectedFile)
        .as("expected file missing; run with -Donramp.updateGolden=true to create it")
        .exists();
    assertEquals(
        Files.readString(expectedFile, StandardCharsets.UTF_8),
        actual,
        expectedFile
            + " differs; if the change is intended, rerun with -Donramp.updateGolden=true");
  }
}

package dev.onramp.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.review.Change;
import dev.onramp.review.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every template under {@code src/test/resources/dev/onramp/importer/templates/}, each shaped like
 * a public vendor onboarding template (see its README), imported and proven: the verdict, every
 * escalation, the generator's errors and the parts dropped are exactly {@code <file>.expected.txt}
 * beside it; a malformed one gives exactly its located error. Run with {@code
 * -Donramp.updateGolden=true} to rewrite them after an intended change, then read their diff.
 */
class ImportCorpusTest {
  private static final boolean UPDATE = Boolean.getBoolean("onramp.updateGolden");
  private static final Path FOLDER = Path.of("src/test/resources/dev/onramp/importer/templates");

  @TestFactory
  Stream<DynamicTest> eachTemplateImportsToItsExpectedVerdict() throws IOException {
    List<Path> templates;
    try (Stream<Path> files = Files.list(FOLDER)) {
      templates =
          files.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    }
    assertThat(templates).hasSizeGreaterThanOrEqualTo(10);
    return templates.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    StringBuilder out = new StringBuilder();
    try {
      var template = TemplateImporter.read(Files.readString(file, StandardCharsets.UTF_8));
      ImportDraft draft =
          TemplateImporter.draft(name, template, "imported", new ImportOptions(false));
      ImportProof proof = ImportProof.of(template, draft, "src/main/blueprints");
      out.append("verdict: ").append(proof.summary()).append('\n');
      proof
          .errors()
          .forEach(error -> out.append("error: ").append(oneLine(error.render())).append('\n'));
      for (Change change : proof.changes()) {
        if (change.severity().isAtLeast(Severity.ESCALATION)) {
          out.append("escalation: ").append(change.render()).append('\n');
        }
      }
      parts(out, draft);
      for (ImportDraft member : draft.members()) {
        out.append("member ").append(member.name()).append('\n');
        parts(out, member);
      }
    } catch (TemplateImportException e) {
      out.append("refused: ").append(oneLine(e.diagnostic(name).render())).append('\n');
    }
    Path expected = file.resolveSibling(name + ".expected.txt");
    if (UPDATE) {
      Files.writeString(expected, out.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(expected)
        .as("expected file missing; run with -Donramp.updateGolden=true to create it")
        .exists();
    assertThat(out.toString())
        .as(expected + " differs; if the change is intended, rerun with -Donramp.updateGolden=true")
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static void parts(StringBuilder out, ImportDraft draft) {
    for (ImportLog.Entry entry : draft.log().entries()) {
      out.append("  ")
          .append(entry.kind().label())
          .append(' ')
          .append(entry.id())
          .append(" -> ")
          .append(entry.destination())
          .append('\n');
    }
  }

  private static String oneLine(String text) {
    return text.replace("\n", " | ");
  }
}

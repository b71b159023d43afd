package dev.onramp.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A test template of this package imported as {@code example}, with its proof. */
record ImportedFixture(Template template, ImportDraft draft, ImportProof proof) {

  static ImportedFixture imported(String resource) {
    try (InputStream in = ImportedFixture.class.getResourceAsStream(resource)) {
      assertThat(in).as("%s on the test class path", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Template template = TemplateImporter.read(text);
      ImportDraft draft =
          TemplateImporter.draft(resource, template, "example", new ImportOptions(false));
      return new ImportedFixture(
          template, draft, ImportProof.of(template, draft, "src/main/blueprints"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateImportException e) {
      throw new AssertionError(resource + " does not import: " + e.getMessage(), e);
    }
  }

  ImportLog.Entry entry(ImportLog.Kind kind, String id) {
    return draft.log().entries().stream()
        .filter(entry -> entry.kind() == kind && entry.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no log entry for " + kind + " " + id));
  }
}

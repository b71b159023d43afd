package dev.onramp.api;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.importer.ImportDraft;
import dev.onramp.importer.ImportOptions;
import dev.onramp.importer.ImportProof;
import dev.onramp.importer.ImportReport;
import dev.onramp.importer.TemplateImportException;
import dev.onramp.importer.TemplateImporter;
import dev.onramp.output.AtomicFiles;
import dev.onramp.review.Change;
import dev.onramp.review.Severity;
import dev.onramp.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link Onramp#importTemplate}: reads the vendor's template, drafts the blueprint, proves it, and
 * only then writes: first the report and the draft's copy (always, for the vendor to read), then
 * the blueprint files, unless the draft does not generate or grants more than the original without
 * the vendor's acceptance. A bad template or an existing blueprint writes nothing.
 */
final class TemplateImports {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  static final String REPORT_MARKDOWN = "import-report.md";
  static final String REPORT_JSON = "import-report.json";

  private TemplateImports() {}

  static ImportResult run(ImportRequest request) throws OnrampException {
    Path templateFile = request.template();
    String shown = shown(request, templateFile);
    String text;
    try {
      text = Files.readString(templateFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(
          Setting.IMPORT_TEMPLATE,
          "cannot read " + shown + ": " + e.getMessage(),
          "give the path of the vendor's template file (.yaml, .yml, .json or .template)",
          e);
    }
    String name = name(request, templateFile);
    Path blueprintFile = request.blueprintDirectory().resolve(name + ".yaml");
    refuseExisting(request, blueprintFile);
    Template template;
    ImportDraft draft;
    try {
      template = TemplateImporter.read(text);
      draft = TemplateImporter.draft(shown, template, name, new ImportOptions(request.harden()));
    } catch (TemplateImportException e) {
      throw InvalidInputException.of(
          new BlueprintException(List.of(e.diagnostic(shown)), "template"),
          InvalidInputException.Input.TEMPLATE);
    }
    for (ImportDraft member : draft.members()) {
      refuseExisting(request, request.blueprintDirectory().resolve(member.name() + ".yaml"));
    }
    ImportProof proof =
        ImportProof.of(template, draft, shown(request, request.blueprintDirectory()));
    Optional<String> refusal =
        !proof.errors().isEmpty()
            ? Optional.of(ImportResult.DOES_NOT_GENERATE)
            : proof.escalates() && !request.acceptEscalation()
                ? Optional.of(ImportResult.GRANTS_MORE)
                : Optional.empty();
    Path reportFolder = request.reportDirectory().resolve(name);
    Path markdown = reportFolder.resolve(REPORT_MARKDOWN);
    Path json = reportFolder.resolve(REPORT_JSON);
    Path draftCopy = reportFolder.resolve(name + ".yaml");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(reportFolder);
      AtomicFiles.write(draftCopy, draft.text());
      for (ImportDraft member : draft.members()) {
        AtomicFiles.write(reportFolder.resolve(member.name() + ".yaml"), member.text());
      }
      AtomicFiles.write(markdown, ImportReport.markdown(shown, draft, proof));
      AtomicFiles.write(json, ImportReport.json(shown, draft, proof));
      if (refusal.isEmpty()) {
        Files.createDirectories(request.blueprintDirectory());
        written.add(AtomicFiles.write(blueprintFile, draft.text()));
        for (ImportDraft member : draft.members()) {
          written.add(
              AtomicFiles.write(
                  request.blueprintDirectory().resolve(member.name() + ".yaml"), member.text()));
        }
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot write the import of " + shown + ": " + e, e);
    }
    return new ImportResult(
        name,
        proof.verdict(),
        lines(shown, name, draft, proof),
        written,
        draftCopy,
        markdown,
        json,
        refusal);
  }

  private static List<Message> lines(
      String shown, String name, ImportDraft draft, ImportProof proof) {
    List<Message> lines = new ArrayList<>();
    lines.add(
        new Message(
            proof.errors().isEmpty() && !proof.escalates()
                ? Message.Level.INFO
                : Message.Level.WARNING,
            "import of " + shown + " as blueprint " + name + ": " + proof.summary()));
    proof.errors().forEach(error -> lines.add(Message.of(error)));
    for (Change change : proof.changes()) {
      lines.add(
          new Message(
              change.severity().isAtLeast(Severity.ESCALATION)
                  ? Message.Level.WARNING
                  : Message.Level.INFO,
              "  " + change.render()));
    }
    // Findings of the generated draft warn here: they fail cfn:validate, not the import.
    proof
        .findings()
        .forEach(
            finding ->
                lines.add(
                    new Message(
                        Message.Level.WARNING, "cfn:validate will report: " + finding.render())));
    long dropped =
        draft.log().entries().stream().filter(dev.onramp.importer.ImportLog.Entry::dropped).count();
    if (dropped > 0) {
      lines.add(
          new Message(
              Message.Level.WARNING,
              dropped
                  + (dropped == 1 ? " part" : " parts")
                  + " of the original had no place in the blueprint and were dropped: see the"
                  + " report"));
    }
    return lines;
  }

  private static void refuseExisting(ImportRequest request, Path file) throws OnrampException {
    if (Files.exists(file) && !request.force()) {
      throw new ConfigurationException(
          Setting.IMPORT_FORCE,
          "blueprint " + shown(request, file) + " already exists; the import does not replace it",
          "give the import another blueprint name, or set import force to true to replace the"
              + " file");
    }
  }

  private static String name(ImportRequest request, Path templateFile)
      throws ConfigurationException {
    if (request.name().isPresent()) {
      String name = request.name().get();
      if (!NAME.matcher(name).matches()) {
        throw new ConfigurationException(
            Setting.IMPORT_NAME,
            "'" + name + "' is not a blueprint name",
            "use lower-case letters, digits and hyphens, starting with a letter, at most 63");
      }
      return name;
    }
    String file = templateFile.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String base = (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT);
    String name = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "imported-" + name;
    }
    name = name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
    return name;
  }

  private static String shown(ImportRequest request, Path path) {
    return DisplayPath.of(path, request.baseDirectory());
  }
}

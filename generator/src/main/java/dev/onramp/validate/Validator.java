package dev.onramp.validate;

import dev.onramp.check.ReadOnlyWildcardDrift;
import dev.onramp.check.SecurityChecks;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.generate.Generator;
import dev.onramp.lint.CachedLint;
import dev.onramp.lint.LintCache;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintException;
import dev.onramp.lint.LintFindings;
import dev.onramp.lint.TemplateLint;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates what {@code cfn:generate} wrote: the files must be exactly what the blueprints generate
 * now (else they are stale), then cfn-lint runs once over all of them (through the cache) and
 * Onramp's own security checks run on the template model. Findings on a template resource also
 * point at the blueprint element the resource came from. Given a newer IAM catalog, the read-only
 * policies' action patterns are also checked against it ({@link ReadOnlyWildcardDrift}).
 */
public final class Validator {
  private Validator() {}

  public static ValidationReport validate(ValidateRequest request, LintEngine engine)
      throws BlueprintException, LintException {
    Generator.Compilation compilation =
        new Generator().compileAll(request.sources(), request.vendorForShipped());
    Map<Path, CompiledTemplate> files = new LinkedHashMap<>();
    List<Diagnostic> stale = new ArrayList<>();
    for (CompiledTemplate compiled : compilation.templates()) {
      Path folder = request.outputDirectory().resolve(compiled.name());
      checkWritten(request, folder.resolve(Generator.YAML_FILE), compiled.yamlBytes(), stale);
      checkWritten(request, folder.resolve(Generator.JSON_FILE), compiled.jsonBytes(), stale);
      files.put(folder.resolve(Generator.YAML_FILE), compiled);
      files.put(folder.resolve(Generator.JSON_FILE), compiled);
    }
    if (!stale.isEmpty()) {
      throw new BlueprintException(stale);
    }
    CachedLint lint =
        new LintCache(request.cacheDirectory()).lint(engine, List.copyOf(files.keySet()));
    Optional<Path> shownRelativeTo = Optional.of(request.displayBase());
    List<TemplateReport> reports = new ArrayList<>();
    for (CompiledTemplate compiled : compilation.templates()) {
      Path folder = request.outputDirectory().resolve(compiled.name());
      List<Diagnostic> findings = new ArrayList<>();
      compilation.warnings().stream()
          .filter(warning -> warning.location().file().equals(compiled.blueprintFile()))
          .forEach(findings::add);
      boolean cached = true;
      for (TemplateLint templateLint : lint.templates()) {
        if (templateLint.template().getParent().equals(folder)) {
          cached &= templateLint.cached();
          findings.addAll(
              LintFindings.toDiagnostics(templateLint.findings(), files, shownRelativeTo));
        }
      }
      findings.addAll(SecurityChecks.run(compiled));
      request
          .newerCatalog()
          .ifPresent(
              newer ->
                  findings.addAll(
                      SecurityChecks.run(compiled, List.of(ReadOnlyWildcardDrift.against(newer)))));
      reports.add(
          new TemplateReport(
              compiled.name(),
              // Relative to the output directory, as the reports promise: the same bytes on every
              // machine and checkout.
              Path.of(compiled.name(), Generator.YAML_FILE),
              compiled.blueprintFile(),
              cached,
              findings,
              ContentHash.sha256Hex(compiled.yamlBytes())));
    }
    return new ValidationReport(lint.engine(), lint.cfnLintVersion(), reports);
  }

  private static void checkWritten(
      ValidateRequest request, Path file, byte[] expected, List<Diagnostic> stale) {
    try {
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), expected)) {
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    stale.add(
        Diagnostic.error(
            DiagnosticCode.STALE_OUTPUT,
            SourceLocation.ofFile(request.shown(file)),
            Files.exists(file)
                ? "the template differs from what its blueprint generates now"
                : "the template has not been generated",
            "run cfn:generate first (validate checks exactly what generate wrote)"));
  }
}

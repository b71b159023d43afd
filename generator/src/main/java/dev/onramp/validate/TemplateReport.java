package dev.onramp.validate;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What validation found in one generated template: the template file (relative to the output
 * directory, forward slashes), the blueprint file it came from, whether cfn-lint's result came from
 * the cache, every finding of cfn-lint and of Onramp's own checks, and the SHA-256 of the YAML
 * template's bytes (what cfn:publish uploads), so the report vouches for exactly those bytes.
 */
public record TemplateReport(
    String blueprint,
    Path template,
    String blueprintFile,
    boolean cached,
    List<Diagnostic> findings,
    String sha256) {

  public TemplateReport {
    findings = List.copyOf(findings);
    sha256 = sha256 == null ? "" : sha256;
  }

  /** A report whose template's bytes are not known (fixtures). */
  public TemplateReport(
      String blueprint,
      Path template,
      String blueprintFile,
      boolean cached,
      List<Diagnostic> findings) {
    this(blueprint, template, blueprintFile, cached, findings, "");
  }

  public long count(Severity severity) {
    return findings.stream().filter(finding -> finding.severity() == severity).count();
  }
}

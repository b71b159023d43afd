package dev.onramp.validate;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What validation found in one generated template: the template file (relative to the output
 * directory, forward slashes), the blueprint file it came from, whether cfn-lint's result came from
 * the cache, and every finding of cfn-lint and of Onramp's own checks.
 */
public record TemplateReport(
    String blueprint,
    Path template,
    String blueprintFile,
    boolean cached,
    List<Diagnostic> findings) {

  public TemplateReport {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(finding -> finding.severity() == severity).count();
  }
}

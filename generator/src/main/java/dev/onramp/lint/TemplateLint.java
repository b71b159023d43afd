package dev.onramp.lint;

import java.nio.file.Path;
import java.util.List;

/** cfn-lint's findings on one template, and whether they came from the {@link LintCache}. */
public record TemplateLint(Path template, boolean cached, List<LintFinding> findings) {
  public TemplateLint {
    findings = List.copyOf(findings);
  }
}

package dev.onramp.lint;

import java.util.List;

/**
 * What {@link LintCache#lint} found: per template, in the order asked, with the engine and cfn-lint
 * version that ran (those recorded in the cache when every template was cached).
 */
public record CachedLint(String engine, String cfnLintVersion, List<TemplateLint> templates) {
  public CachedLint {
    templates = List.copyOf(templates);
  }

  /** Every finding, template by template. */
  public List<LintFinding> findings() {
    return templates.stream().flatMap(template -> template.findings().stream()).toList();
  }

  /** How many templates were answered from the cache. */
  public long cachedCount() {
    return templates.stream().filter(TemplateLint::cached).count();
  }
}

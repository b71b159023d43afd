package dev.onramp.check;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Onramp's own security checks on a compiled template, with the template's waivers applied: a rule
 * listed in {@code Metadata.Onramp.Suppressions} (written from the blueprint's {@code
 * suppressions:}, reason included) reports nothing.
 */
public final class SecurityChecks {
  private SecurityChecks() {}

  /** Every check, in rule order. */
  public static List<SecurityCheck> all() {
    return List.of(
        new ExternalIdCheck(),
        new ReadOnlyPolicySetCheck(ActionCatalog.bundled()),
        new CurBucketPolicyCheck(),
        new BucketHardeningCheck(),
        new PartitionLiteralCheck(),
        new CustomResourceTimeoutCheck());
  }

  /** Every finding of every check on {@code template}, waivers applied, in reading order. */
  public static List<Diagnostic> run(CompiledTemplate template) {
    return run(template, all());
  }

  /** The findings of {@code checks} on {@code template}, waivers applied, in reading order. */
  public static List<Diagnostic> run(CompiledTemplate template, List<SecurityCheck> checks) {
    Set<String> waived = waivedRules(template.template());
    Diagnostics findings = new Diagnostics();
    for (SecurityCheck check : checks) {
      if (!waived.contains(check.code().id())) {
        findings.addAll(check.check(template));
      }
    }
    return findings.sorted();
  }

  /** The rule ids the template waives in {@code Metadata.Onramp.Suppressions}. */
  public static Set<String> waivedRules(Template template) {
    Set<String> rules = new TreeSet<>();
    Object suppressions = TemplateValues.mapAt(template.metadata(), "Onramp").get("Suppressions");
    for (Object suppression : TemplateValues.oneOrMany(suppressions)) {
      TemplateValues.map(suppression)
          .map(entry -> entry.get("Rule"))
          .filter(String.class::isInstance)
          .ifPresent(rule -> rules.add((String) rule));
    }
    return rules;
  }
}

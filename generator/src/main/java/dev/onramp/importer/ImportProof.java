package dev.onramp.importer;

import dev.onramp.check.SecurityChecks;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.review.AccessVerdict;
import dev.onramp.review.Change;
import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.Severity;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The proof of an import: the draft generated in memory as {@code cfn:generate} would, its access
 * reviewed against the original's with the policy review (IAM's evaluation rules), and Onramp's own
 * checks run on what it generates. Either the draft does not generate (its errors, located in the
 * draft), or there is a verdict with every difference, escalations first.
 *
 * @param errors why the draft does not generate; empty when it does
 * @param verdict the review's verdict, when it generates
 * @param changes the differences, escalations (and critical ones) first
 * @param findings Onramp's own checks on the generated template
 * @param generated the template the draft generates, when it does
 */
public record ImportProof(
    List<Diagnostic> errors,
    Optional<AccessVerdict> verdict,
    List<Change> changes,
    List<Diagnostic> findings,
    Optional<CompiledTemplate> generated) {

  private static final Comparator<Change> ESCALATIONS_FIRST =
      Comparator.comparing(Change::severity, Comparator.reverseOrder())
          .thenComparing(Comparator.naturalOrder());

  public ImportProof {
    errors = List.copyOf(errors);
    changes = List.copyOf(changes);
    findings = List.copyOf(findings);
  }

  /**
   * Generates {@code draft} (named as it will be written, {@code <blueprintFolder>/<name>.yaml})
   * and reviews it against {@code original}.
   */
  public static ImportProof of(Template original, ImportDraft draft, String blueprintFolder) {
    List<BlueprintSource> sources = new ArrayList<>();
    sources.add(source(blueprintFolder, draft));
    draft.members().forEach(member -> sources.add(source(blueprintFolder, member)));
    Generator.Compilation compilation;
    try {
      compilation = new Generator().compileAll(sources, Optional.empty());
    } catch (BlueprintException e) {
      return new ImportProof(e.errors(), Optional.empty(), List.of(), List.of(), Optional.empty());
    }
    CompiledTemplate generated =
        compilation.templates().stream()
            .filter(template -> template.name().equals(draft.name()))
            .findFirst()
            .orElseThrow();
    PolicyDiff diff =
        PolicyDiff.between(
            PolicyInventory.of(ProofOriginal.of(original, draft)),
            // Read back as written, as a review of the output folder reads it: both sides are
            // then values of the same reader (a raw resource's Fn::Select stays a map in memory).
            PolicyInventory.of(TemplateReader.read(generated.yaml())));
    List<Change> changes = new ArrayList<>(diff.changes());
    changes.sort(ESCALATIONS_FIRST);
    List<Diagnostic> findings = new ArrayList<>(compilation.warnings());
    findings.addAll(SecurityChecks.run(generated));
    return new ImportProof(
        List.of(), Optional.of(diff.verdict()), changes, findings, Optional.of(generated));
  }

  /** Whether the draft generates and grants more than the original somewhere. */
  public boolean escalates() {
    return changes.stream().anyMatch(change -> change.severity().isAtLeast(Severity.ESCALATION));
  }

  /** {@code same access}, or how many differences of which kind. */
  public String summary() {
    if (!errors.isEmpty()) {
      return "the draft does not generate: "
          + errors.size()
          + (errors.size() == 1 ? " error" : " errors");
    }
    AccessVerdict said = verdict.orElseThrow();
    if (said == AccessVerdict.EQUAL) {
      return "same access";
    }
    long escalations =
        changes.stream().filter(change -> change.severity().isAtLeast(Severity.ESCALATION)).count();
    return said
        + ": "
        + changes.size()
        + (changes.size() == 1 ? " difference" : " differences")
        + (escalations > 0 ? ", " + escalations + " granting more than the original" : "");
  }

  private static BlueprintSource source(String folder, ImportDraft draft) {
    return new BlueprintSource(
        folder + "/" + draft.name() + ".yaml", draft.text().getBytes(StandardCharsets.UTF_8));
  }
}

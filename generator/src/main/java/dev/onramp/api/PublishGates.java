package dev.onramp.api;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.lint.LintCache;
import dev.onramp.publish.StoredObject;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.validate.PublishGate;
import dev.onramp.validate.ReportFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Onramp#checkPublishable}: every template a release uploads (organization members included)
 * must pass the own checks and cfn-lint, as {@link PublishGate} judges; one refused template
 * refuses the release, each named with its failing rules and the fix. There is no switch to let a
 * failing template through: a template that must ship with a finding waives the rule in its
 * blueprint ({@code suppressions:}, reason included), which the template itself then records.
 */
final class PublishGates {
  private PublishGates() {}

  static PublishGateResult check(PublishGateRequest request) throws OnrampException {
    Release release = request.release();
    // Compiled again (the Release keeps only the plan): deterministic, and far cheaper than upload.
    CompiledBlueprints compiled = CompiledBlueprints.of(release.blueprints());
    Set<String> uploaded =
        release.plan().objects().stream().map(StoredObject::sha256).collect(Collectors.toSet());
    List<CompiledTemplate> templates =
        compiled.compilation().templates().stream()
            .filter(template -> uploaded.contains(sha256(template)))
            .toList();
    List<PublishGate.Verdict> verdicts =
        PublishGate.judge(
            templates, request.reportDirectory(), new LintCache(request.cacheDirectory()));
    List<Diagnostic> refusals = new ArrayList<>();
    List<Message> passed = new ArrayList<>();
    String report =
        DisplayPath.of(
            request.reportDirectory().resolve(ReportFiles.JSON),
            release.blueprints().baseDirectory());
    for (PublishGate.Verdict verdict : verdicts) {
      CompiledTemplate template = verdict.template();
      String named =
          "template "
              + template.name()
              + " "
              + template.version()
              + " (sha256 "
              + verdict.sha256()
              + ")";
      SourceLocation at = SourceLocation.ofFile(template.blueprintFile());
      if (!verdict.failing().isEmpty()) {
        refusals.add(
            Diagnostic.error(
                DiagnosticCode.PUBLISH_CHECKS_FAIL,
                at,
                named + " fails " + String.join(", ", verdict.failing()) + " and is not published",
                "run cfn:validate (mvn verify) and fix the errors it reports for "
                    + template.name()
                    + ", or waive a rule in the blueprint's suppressions with a reason; then"
                    + " publish again"));
      } else if (verdict.evidence().isEmpty()) {
        refusals.add(
            Diagnostic.error(
                DiagnosticCode.PUBLISH_NOT_VALIDATED,
                at,
                "no cfn:validate run vouches for "
                    + named
                    + ": "
                    + report
                    + " lists no template with these bytes, and the cfn-lint cache has none",
                "run cfn:validate on this build before cfn:publish (mvn verify cfn:publish, or"
                    + " mvn deploy, whose verify phase runs it) with the same cfn.reportDirectory"));
      } else {
        passed.add(
            new Message(
                Message.Level.INFO,
                template.name()
                    + " "
                    + template.version()
                    + " (sha256 "
                    + verdict.sha256()
                    + "): own checks and cfn-lint pass, vouched for by "
                    + verdict.evidence()));
      }
    }
    if (!refusals.isEmpty()) {
      throw InvalidInputException.of(
          new BlueprintException(refusals), InvalidInputException.Input.TEMPLATE);
    }
    return new PublishGateResult(passed);
  }

  private static String sha256(CompiledTemplate template) {
    return dev.onramp.template.ContentHash.sha256Hex(template.yamlBytes());
  }
}

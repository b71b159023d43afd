package dev.onramp.api;

import dev.onramp.lint.LintEngine;

/**
 * What a front end can ask of Onramp, one method per goal: each takes an immutable request and
 * returns a result, or throws one of the {@link OnrampException} kinds. Every blueprint is read and
 * checked before anything is written; nothing is written when any is wrong. Stateless and
 * thread-safe.
 */
public final class Onramp {

  /** Writes every blueprint's templates and CDK constructs. */
  public GenerateResult generate(GenerateRequest request) throws OnrampException {
    return Generation.run(request);
  }

  /**
   * Validates what {@link #generate} wrote, with cfn-lint run by {@code engine} (the caller chooses
   * and closes it) and Onramp's own security checks, and writes the reports.
   */
  public ValidateResult validate(ValidateRequest request, LintEngine engine)
      throws OnrampException {
    return Validation.run(request, engine);
  }

  /** Writes each blueprint's permission inventory. */
  public ReportResult report(ReportRequest request) throws OnrampException {
    return PolicyReviews.report(request);
  }

  /** Compares this build's access with a baseline's and writes the diff. */
  public DiffResult diff(DiffRequest request) throws OnrampException {
    return PolicyReviews.diff(request);
  }

  /** Writes each blueprint's onboarding guide for the vendor's customers. */
  public GuideResult guide(GuideRequest request) throws OnrampException {
    return OnboardingGuides.write(request);
  }

  /** Plans a release: what goes where, decided before anything is uploaded. */
  public Release release(ReleaseRequest request) throws OnrampException {
    return Releases.plan(request);
  }

  /**
   * The publishing gate: refuses (with {@link InvalidInputException}, one located error per
   * template) a release with a template that fails Onramp's own security checks or cfn-lint, or
   * whose bytes no {@code cfn:validate} report (or its cfn-lint cache) vouches for. Writes nothing;
   * call it before publishing.
   */
  public PublishGateResult checkPublishable(PublishGateRequest request) throws OnrampException {
    return PublishGates.check(request);
  }

  /**
   * Turns a vendor's hand-written template into a draft blueprint, generates it in memory, reviews
   * its access against the original's, and writes the draft and the import report.
   */
  public ImportResult importTemplate(ImportRequest request) throws OnrampException {
    return TemplateImports.run(request);
  }

  /**
   * Scaffolds a blueprint, from a shipped one or from answers, and writes it only if it generates;
   * never replaces a file.
   */
  public InitResult init(InitRequest request) throws OnrampException {
    return BlueprintScaffolds.write(request);
  }

  /** Writes every tenant's quick-create links for a planned release. */
  public LinksResult links(LinksRequest request) throws OnrampException {
    return TenantLinkFiles.write(request);
  }
}

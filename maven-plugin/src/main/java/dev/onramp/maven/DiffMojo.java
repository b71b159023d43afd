package dev.onramp.maven;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.review.Change;
import dev.onramp.review.FailOn;
import dev.onramp.review.Severity;
import dev.onramp.review.baseline.Baseline;
import dev.onramp.review.baseline.BaselineException;
import dev.onramp.review.baseline.BaselineTemplates;
import dev.onramp.review.baseline.PolicyReview;
import dev.onramp.review.report.BlueprintDiff;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the access this build's templates grant with a baseline's, blueprint by blueprint, and
 * writes the semantic diff as Markdown (for a pull-request comment), JSON and SARIF. Reordered or
 * reformatted policies are no change; a removed ExternalId condition is critical.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DiffMojo extends AbstractReviewMojo {

  /**
   * What to compare with: a folder with the output layout ({@code <blueprint>/template.yaml}), a
   * git ref of the project's repository (its blueprints at that ref, compiled now), or the https
   * URL of a published manifest.
   */
  @Parameter(property = "cfn.baseline", required = true)
  private String baseline;

  /** When the build fails: {@code none}, {@code any} change, or {@code escalation} (default). */
  @Parameter(property = "cfn.diff.failOn", defaultValue = "escalation")
  private String failOn;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the policy diff (cfn.skip)");
      return;
    }
    FailOn threshold;
    try {
      threshold = FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          e.getMessage() + " (set -Dcfn.diff.failOn=none|any|escalation)");
    }
    List<BlueprintSource> sources;
    List<CompiledTemplate> templates;
    Optional<Vendor> vendor = vendorForShipped();
    try {
      sources = sources();
      templates = new Generator().compileAll(sources, vendor).templates();
    } catch (BlueprintException e) {
      throw failure(e);
    }
    // A git-ref baseline compiles the project's blueprints at that ref with today's shipped ones.
    List<BlueprintSource> shipped = sources.stream().filter(BlueprintSource::isShipped).toList();
    PolicyReview.Comparison comparison;
    try {
      BaselineTemplates before =
          Baseline.resolve(
              baseline, new Baseline.Project(base(), blueprintDirectory.toPath(), shipped, vendor));
      comparison = PolicyReview.compare(templates, before);
    } catch (BaselineException e) {
      for (String line : e.render().split("\n", -1)) {
        getLog().error(line);
      }
      throw new MojoFailureException(e.getMessage(), e);
    }
    List<Path> files;
    try {
      files =
          PolicyReview.writeDiff(
              comparison,
              reviewDirectory.toPath(),
              name ->
                  SummaryLine.display(
                      outputDirectory.toPath().resolve(name).resolve(Generator.YAML_FILE), base()));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not write the policy diff to " + reviewDirectory + ": " + e, e);
    }
    for (BlueprintDiff diff : comparison.diffs()) {
      getLog().info(Summaries.diff(diff));
      for (Change change : diff.diff().changes()) {
        String line = "  " + change.render();
        if (change.severity().isAtLeast(Severity.ESCALATION)) {
          getLog().warn(line);
        } else {
          getLog().info(line);
        }
      }
    }
    getLog()
        .info(
            "Policy diff against "
                + comparison.baseline()
                + ": "
                + SummaryLine.display(files.get(0), base()));
    if (comparison.fails(threshold)) {
      throw new MojoFailureException(
          "The policy diff against "
              + comparison.baseline()
              + " has changes that cfn.diff.failOn="
              + threshold
              + " does not accept; review "
              + SummaryLine.display(files.get(0), base())
              + ", then update the baseline or set -Dcfn.diff.failOn");
    }
  }
}

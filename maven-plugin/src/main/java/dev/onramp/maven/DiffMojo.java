package dev.onramp.maven;

import dev.onramp.api.DiffRequest;
import dev.onramp.api.DiffResult;
import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.OnrampException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the access one side's templates grant with another's (by default this build's blueprints
 * with a baseline), template by template, and writes the semantic diff as Markdown (for a
 * pull-request comment), JSON and SARIF. Reordered or reformatted policies are no change; a removed
 * ExternalId condition is critical. It runs without a pom too: {@code mvn
 * dev.onramp:cfn-maven-plugin:diff -Dcfn.diff.current=after -Dcfn.baseline=before} compares two
 * folders (or files) of templates, and no blueprint is read unless a side is {@code blueprints}.
 */
@Mojo(
    name = "diff",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresProject = false)
public final class DiffMojo extends AbstractReviewMojo {

  /**
   * What to compare with: a folder with the output layout (a {@code template.yaml} in a folder per
   * blueprint), one template file ({@code .yaml}, {@code .yml}, {@code .json}, {@code .template}),
   * a git ref of the project's repository (its blueprints at that ref, compiled now), {@code
   * REF:PATH} (the template file or folder at that ref), the https URL of a published manifest, or
   * {@code blueprints}. Paths are relative to the project's folder.
   */
  @Parameter(property = "cfn.baseline", required = true)
  private String baseline;

  /**
   * What is compared: {@code blueprints} (this build's, compiled; the default) or any of the kinds
   * {@code cfn.baseline} takes. A single file on one side is compared with the other side's only
   * template whatever their names.
   */
  @Parameter(property = "cfn.diff.current", defaultValue = "blueprints")
  private String current;

  /** When the build fails: {@code none}, {@code any} change, or {@code escalation} (default). */
  @Parameter(property = "cfn.diff.failOn", defaultValue = "escalation")
  private String failOn;

  /**
   * Skips cfn:diff alone, for example {@code -Dcfn.diff.skip=true}, while the build's other cfn
   * goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.diff.skip", defaultValue = "false")
  private boolean skipDiff;

  public DiffMojo() {
    super("diff", "the policy diff");
  }

  @Override
  protected boolean skipGoal() {
    return skipDiff;
  }

  @Override
  protected void run() throws MojoFailureException, OnrampException {
    DiffResult result;
    try {
      result =
          onramp.diff(
              new DiffRequest(
                  projectBlueprints(),
                  baseline,
                  failOn,
                  path(reviewDirectory),
                  path(outputDirectory),
                  current));
    } catch (NoBlueprintsException e) {
      throw new MojoFailureException(
          noBlueprints(e, base())
              + "\n  or compare templates without blueprints: -Dcfn.diff.current=<folder, template"
              + " file, git ref or manifest URL>");
    }
    result.lines().forEach(this::log);
    String compared =
        (result.current().equals(DiffRequest.BLUEPRINTS) ? "" : " of " + result.current())
            + " against "
            + result.baseline();
    getLog().info("Policy diff" + compared + ": " + shown(result.markdown()));
    if (result.fails()) {
      throw new MojoFailureException(
          "The policy diff"
              + compared
              + " has changes that cfn.diff.failOn="
              + result.failOn()
              + " does not accept\n  fix: review "
              + shown(result.markdown())
              + ", then update the baseline, or set -Dcfn.diff.failOn=any or none");
    }
  }
}

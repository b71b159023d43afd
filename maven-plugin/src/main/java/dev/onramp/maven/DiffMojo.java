package dev.onramp.maven;

import dev.onramp.api.DiffRequest;
import dev.onramp.api.DiffResult;
import dev.onramp.api.OnrampException;
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
   * What to compare with: a folder with the output layout (a {@code template.yaml} in a folder per
   * blueprint), a git ref of the project's repository (its blueprints at that ref, compiled now),
   * or the https URL of a published manifest.
   */
  @Parameter(property = "cfn.baseline", required = true)
  private String baseline;

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
    DiffResult result =
        onramp.diff(
            new DiffRequest(
                projectBlueprints(),
                baseline,
                failOn,
                reviewDirectory.toPath(),
                outputDirectory.toPath()));
    result.lines().forEach(this::log);
    getLog().info("Policy diff against " + result.baseline() + ": " + shown(result.markdown()));
    if (result.fails()) {
      throw new MojoFailureException(
          "The policy diff against "
              + result.baseline()
              + " has changes that cfn.diff.failOn="
              + result.failOn()
              + " does not accept\n  fix: review "
              + shown(result.markdown())
              + ", then update the baseline, or set -Dcfn.diff.failOn=any or none");
    }
  }
}

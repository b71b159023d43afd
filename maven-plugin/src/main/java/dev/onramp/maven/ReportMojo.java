package dev.onramp.maven;

import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.OnrampException;
import dev.onramp.api.ReportRequest;
import dev.onramp.api.ReportResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each blueprint's permission inventory for security reviewers: who may assume which role
 * under which conditions, the actions by service and access level, managed policies and resource
 * scopes, as {@code permissions.md} and {@code permissions.json} in a folder per blueprint. With
 * {@code -Dcfn.report.templates} it reports any other templates instead, without a pom too.
 */
@Mojo(
    name = "report",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresProject = false)
public final class ReportMojo extends AbstractReviewMojo {

  /**
   * Skips cfn:report alone, for example {@code -Dcfn.report.skip=true}, while the build's other cfn
   * goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.report.skip", defaultValue = "false")
  private boolean skipReport;

  /**
   * Whose inventory: {@code blueprints} (this build's, compiled; the default), a folder with the
   * output layout, one template file, a git ref, {@code REF:PATH} or a manifest URL, as {@code
   * cfn.baseline} of cfn:diff takes them.
   */
  @Parameter(property = "cfn.report.templates", defaultValue = "blueprints")
  private String templates;

  public ReportMojo() {
    super("report", "the permission inventory");
  }

  @Override
  protected boolean skipGoal() {
    return skipReport;
  }

  @Override
  protected void run() throws MojoFailureException, OnrampException {
    ReportResult result;
    try {
      result =
          onramp.report(new ReportRequest(projectBlueprints(), path(reviewDirectory), templates));
    } catch (NoBlueprintsException e) {
      throw new MojoFailureException(
          noBlueprints(e, base())
              + "\n  or report other templates: -Dcfn.report.templates=<folder, template file, git"
              + " ref or manifest URL>");
    }
    for (ReportResult.Inventory inventory : result.inventories()) {
      getLog()
          .info(
              inventory.blueprint()
                  + ": "
                  + inventory.summary()
                  + " -> "
                  + shown(inventory.markdown()));
    }
  }
}

package dev.onramp.maven;

import dev.onramp.api.OnrampException;
import dev.onramp.api.ReportRequest;
import dev.onramp.api.ReportResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each blueprint's permission inventory for security reviewers: who may assume which role
 * under which conditions, the actions by service and access level, managed policies and resource
 * scopes, as {@code permissions.md} and {@code permissions.json} in a folder per blueprint.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends AbstractReviewMojo {

  /**
   * Skips cfn:report alone, for example {@code -Dcfn.report.skip=true}, while the build's other cfn
   * goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.report.skip", defaultValue = "false")
  private boolean skipReport;

  public ReportMojo() {
    super("report", "the permission inventory");
  }

  @Override
  protected boolean skipGoal() {
    return skipReport;
  }

  @Override
  protected void run() throws OnrampException {
    ReportResult result =
        onramp.report(new ReportRequest(projectBlueprints(), reviewDirectory.toPath()));
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

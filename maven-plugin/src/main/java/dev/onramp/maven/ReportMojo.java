package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.Generator;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.baseline.PolicyReview;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes each blueprint's permission inventory for security reviewers: who may assume which role
 * under which conditions, the actions by service and access level, managed policies and resource
 * scopes, as {@code <blueprint>/permissions.md} and {@code permissions.json}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends AbstractReviewMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the permission inventory (cfn.skip)");
      return;
    }
    List<CompiledTemplate> templates;
    try {
      templates = new Generator().compileAll(sources(), vendorForShipped()).templates();
    } catch (BlueprintException e) {
      throw failure(e);
    }
    Map<String, PolicyInventory> inventories;
    try {
      inventories = PolicyReview.writeInventories(templates, reviewDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not write the permission inventories to " + reviewDirectory + ": " + e, e);
    }
    inventories.forEach(
        (name, inventory) ->
            getLog()
                .info(
                    name
                        + ": "
                        + Summaries.inventory(inventory)
                        + " -> "
                        + SummaryLine.display(
                            reviewDirectory
                                .toPath()
                                .resolve(name)
                                .resolve(PolicyReview.INVENTORY_MARKDOWN),
                            base())));
  }
}

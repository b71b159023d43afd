package dev.onramp.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals of the policy review, which share one directory for their reports. */
abstract class AbstractReviewMojo extends AbstractBlueprintMojo {

  protected AbstractReviewMojo(String goal, String activity) {
    super(goal, activity);
  }

  /** Where the inventories (cfn:report) and policy-diff.md, .json, .sarif (cfn:diff) go. */
  @Parameter(
      property = "cfn.reviewDirectory",
      defaultValue = "${project.build.directory}/cfn-review",
      required = true)
  protected File reviewDirectory;
}

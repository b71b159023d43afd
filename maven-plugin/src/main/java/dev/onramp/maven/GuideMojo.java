package dev.onramp.maven;

import dev.onramp.api.GuideRequest;
import dev.onramp.api.GuideResult;
import dev.onramp.api.OnrampException;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each blueprint's onboarding guide for the vendor's customers, {@code onboarding-guide.md}
 * in a folder per blueprint under {@code guideDirectory}: what to prepare, what the stack creates
 * and may do, the parameters, the quick-create links, how to check and how to uninstall, and a
 * Mermaid diagram. Built from the same blueprints as the templates, so the two never drift.
 */
@Mojo(name = "guide", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public final class GuideMojo extends AbstractBlueprintMojo {

  /** Where the guides go, one folder per blueprint name. */
  @Parameter(
      property = "cfn.guideDirectory",
      defaultValue = "${project.build.directory}/cfn-guides",
      required = true)
  private File guideDirectory;

  /** A folder whose {@code guide.ftl} replaces the built-in guide template. */
  @Parameter(property = "cfn.guide.templateDirectory")
  private File guideTemplateDirectory;

  /**
   * Skips cfn:guide alone, for example {@code -Dcfn.guide.skip=true}, while the build's other cfn
   * goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.guide.skip", defaultValue = "false")
  private boolean skipGuide;

  public GuideMojo() {
    super("guide", "the onboarding guides");
  }

  @Override
  protected boolean skipGoal() {
    return skipGuide;
  }

  @Override
  protected void run() throws OnrampException {
    GuideResult result =
        onramp.guide(
            new GuideRequest(
                projectBlueprints(),
                guideDirectory.toPath(),
                Optional.ofNullable(guideTemplateDirectory).map(File::toPath)));
    result
        .guides()
        .forEach((name, file) -> getLog().info(name + ": onboarding guide -> " + shown(file)));
  }
}

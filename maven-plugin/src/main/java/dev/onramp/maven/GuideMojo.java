package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.freemarker.TemplateRenderException;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Generator.Compilation;
import dev.onramp.guide.OnboardingGuide;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each blueprint's onboarding guide for the vendor's customers, {@code
 * <guideDirectory>/<blueprint>/onboarding-guide.md}: what to prepare, what the stack creates and
 * may do, the parameters, the quick-create links, how to check and how to uninstall, and a Mermaid
 * diagram. Built from the same blueprints as the templates, so the two never drift.
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the onboarding guides (cfn.skip)");
      return;
    }
    Compilation compilation;
    try {
      compilation = new Generator().compileAll(sources(), vendorForShipped());
    } catch (BlueprintException e) {
      throw failure(e);
    }
    Optional<Path> overrides = Optional.ofNullable(guideTemplateDirectory).map(File::toPath);
    if (overrides.isPresent() && !Files.isDirectory(overrides.get())) {
      throw new MojoFailureException(
          "<guideTemplateDirectory> "
              + overrides.get()
              + " is not a folder, perhaps you should create it with your guide.ftl or remove the"
              + " setting");
    }
    Map<String, Path> files;
    try {
      files = new OnboardingGuide(overrides).writeAll(compilation, guideDirectory.toPath());
    } catch (TemplateRenderException e) {
      throw new MojoFailureException(
          e.getMessage() + ", perhaps you should fix guide.ftl in " + overrides.orElse(null), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not write the onboarding guides to " + guideDirectory + ": " + e, e);
    }
    files.forEach(
        (name, file) ->
            getLog().info(name + ": onboarding guide -> " + SummaryLine.display(file, base())));
  }
}

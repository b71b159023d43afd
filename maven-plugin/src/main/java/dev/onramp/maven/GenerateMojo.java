package dev.onramp.maven;

import dev.onramp.cdk.CdkOptions;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a CloudFormation template ({@code template.yaml} and {@code template.json}) for every
 * blueprint in {@code src/main/blueprints} and every shipped blueprint named in {@code
 * <blueprints>}. All rules live in the generator; this goal only reads its parameters, builds one
 * request and turns the generator's diagnostics into Maven log lines and a build failure.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractBlueprintMojo {

  /** Where the Java sources of the CDK constructs go (blueprints with a {@code cdk} section). */
  @Parameter(
      property = "cfn.cdk.sourceDirectory",
      defaultValue = "${project.build.directory}/generated-sources/onramp-cdk",
      required = true)
  private File cdkSourceDirectory;

  /**
   * Add the constructs' sources to the project's compile source roots, so a CDK project compiles
   * them with its own code (it needs software.amazon.awscdk:aws-cdk-lib as a dependency).
   */
  @Parameter(property = "cfn.cdk.addSourceRoot", defaultValue = "true")
  private boolean addCdkSourceRoot;

  /**
   * A folder of Freemarker templates ({@code construct.ftl}, {@code props.ftl}, {@code app.ftl})
   * that replace the built-in ones of the same name.
   */
  @Parameter(property = "cfn.cdk.templateDirectory")
  private File cdkTemplateDirectory;

  /** Also write {@code <Name>.view.json}, the view model the templates are bound to. */
  @Parameter(property = "cfn.cdk.dumpViewModel", defaultValue = "false")
  private boolean cdkDumpViewModel;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping blueprint generation (cfn.skip)");
      return;
    }
    try {
      GenerateRequest request =
          new GenerateRequest(sources(), outputDirectory.toPath(), vendorForShipped())
              .withCdk(
                  cdkSourceDirectory.toPath(),
                  new CdkOptions(
                      Optional.ofNullable(cdkTemplateDirectory).map(File::toPath),
                      cdkDumpViewModel));
      GenerateResult result = new Generator().generate(request);
      result.warnings().forEach(this::log);
      boolean constructs = false;
      for (GeneratedBlueprint blueprint : result.blueprints()) {
        getLog().info(SummaryLine.of(blueprint, base()));
        if (!blueprint.cdkSources().isEmpty()) {
          constructs = true;
          getLog()
              .info(
                  "  CDK construct: "
                      + blueprint.cdkSources().size()
                      + " Java files -> "
                      + SummaryLine.display(cdkSourceDirectory.toPath(), base()));
        }
      }
      if (constructs && addCdkSourceRoot) {
        project.addCompileSourceRoot(cdkSourceDirectory.getAbsolutePath());
      }
    } catch (BlueprintException e) {
      throw failure(e);
    }
  }
}

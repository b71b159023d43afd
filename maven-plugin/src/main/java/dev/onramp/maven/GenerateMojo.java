package dev.onramp.maven;

import dev.onramp.api.GenerateRequest;
import dev.onramp.api.GenerateResult;
import dev.onramp.api.OnrampException;
import dev.onramp.api.WrittenBlueprint;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates a CloudFormation template ({@code template.yaml} and {@code template.json}) for every
 * blueprint in {@code src/main/blueprints} and every shipped blueprint named in {@code blueprints}.
 * All rules live in the generator; this goal only reads its parameters, builds one request and
 * turns the generator's diagnostics into Maven log lines and a build failure.
 */
// Dependency collection (the graph, no downloads) tells whether the project can compile constructs.
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    requiresDependencyCollection = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractBlueprintMojo {

  /** Where the Java sources of the CDK constructs go (blueprints with a {@code cdk} section). */
  @Parameter(
      property = "cfn.cdk.sourceDirectory",
      defaultValue = "${project.build.directory}/generated-sources/onramp-cdk",
      required = true)
  private File cdkSourceDirectory;

  /**
   * Add the constructs' sources to the project's compile source roots, so a CDK project compiles
   * them with its own code. Only when the project depends on software.amazon.awscdk:aws-cdk-lib;
   * without it they are not added (they could not compile) and a warning says so.
   */
  @Parameter(property = "cfn.cdk.addSourceRoot", defaultValue = "true")
  private boolean addCdkSourceRoot;

  /**
   * A folder of Freemarker templates ({@code construct.ftl}, {@code props.ftl}, {@code app.ftl})
   * that replace the built-in ones of the same name.
   */
  @Parameter(property = "cfn.cdk.templateDirectory")
  private File cdkTemplateDirectory;

  /**
   * Also write each construct's view model, which its templates are bound to, as {@code
   * .view.json}.
   */
  @Parameter(property = "cfn.cdk.dumpViewModel", defaultValue = "false")
  private boolean cdkDumpViewModel;

  /**
   * Skips cfn:generate alone, for example {@code -Dcfn.generate.skip=true}, while the build's other
   * cfn goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  public GenerateMojo() {
    super("generate", "blueprint generation");
  }

  @Override
  protected boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  protected void run() throws OnrampException {
    GenerateResult result =
        onramp.generate(
            new GenerateRequest(
                projectBlueprints(),
                outputDirectory.toPath(),
                cdkSourceDirectory.toPath(),
                Optional.ofNullable(cdkTemplateDirectory).map(File::toPath),
                cdkDumpViewModel));
    result.warnings().forEach(this::log);
    for (WrittenBlueprint blueprint : result.blueprints()) {
      getLog().info(blueprint.summary(base()));
      if (blueprint.constructSources() > 0) {
        getLog()
            .info(
                "  CDK construct: "
                    + blueprint.constructSources()
                    + " Java files -> "
                    + shown(result.cdkSourceDirectory()));
      }
    }
    if (result.wroteConstructs() && addCdkSourceRoot) {
      if (hasCdkLibrary()) {
        project.addCompileSourceRoot(cdkSourceDirectory.getAbsolutePath());
      } else {
        getLog()
            .warn(
                "the CDK constructs in "
                    + shown(result.cdkSourceDirectory())
                    + " are not compiled with this project: it does not depend on "
                    + CDK_LIBRARY
                    + ", which they import\n  fix: add the dependency "
                    + CDK_LIBRARY
                    + " (compile scope) to compile them, or set cfn.cdk.addSourceRoot to false"
                    + " (<addCdkSourceRoot>false</addCdkSourceRoot>) if the constructs are"
                    + " used elsewhere");
      }
    }
  }

  private static final String CDK_LIBRARY = "software.amazon.awscdk:aws-cdk-lib";

  /** Whether aws-cdk-lib is among the project's compile dependencies, direct or transitive. */
  private boolean hasCdkLibrary() {
    return project.getArtifacts().stream()
        .anyMatch(
            artifact ->
                CDK_LIBRARY.equals(artifact.getGroupId() + ":" + artifact.getArtifactId())
                    && !"test".equals(artifact.getScope()));
  }
}

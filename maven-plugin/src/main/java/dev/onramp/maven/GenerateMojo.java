package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a CloudFormation template ({@code template.yaml} and {@code template.json}) for every
 * blueprint in {@code src/main/blueprints} and every shipped blueprint named in {@code
 * <blueprints>}. All rules live in the generator; this goal only reads its parameters, builds one
 * request and turns the generator's diagnostics into Maven log lines and a build failure.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /** Folder of the project's blueprints; every {@code *.yaml} and {@code *.yml} file in it. */
  @Parameter(
      property = "cfn.blueprintDirectory",
      defaultValue = "${project.basedir}/src/main/blueprints",
      required = true)
  private File blueprintDirectory;

  /** Where templates go, one folder per blueprint name. */
  @Parameter(
      property = "cfn.outputDirectory",
      defaultValue = "${project.build.directory}/cfn",
      required = true)
  private File outputDirectory;

  /**
   * Names of ready-made blueprints from the onramp-blueprints jar to generate as well, for example
   * {@code cross-account-read-only}. On the command line: {@code -Dcfn.blueprints=a,b}.
   */
  @Parameter(property = "cfn.blueprints")
  private List<String> blueprints;

  /**
   * The vendor that shipped blueprints are generated for: {@code <vendor><accountId>}, and for a
   * role principal {@code <roleArn>} and {@code <principal>}. Ignored by the project's own
   * blueprints, which name their vendor.
   */
  @Parameter private VendorParameters vendor;

  /** Overrides {@code <vendor><accountId>} from the command line. */
  @Parameter(property = "cfn.vendor.accountId")
  private String vendorAccountId;

  /** Skips the goal. */
  @Parameter(property = "cfn.skip", defaultValue = "false")
  private boolean skip;

  /** Display names of blueprint files are relative to this folder. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping blueprint generation (cfn.skip)");
      return;
    }
    Path base = baseDirectory.toPath();
    BlueprintSelection selection =
        new BlueprintSelection(base, blueprintDirectory.toPath(), blueprints);
    try {
      List<BlueprintSource> sources = selection.collect(getClass().getClassLoader());
      GenerateRequest request =
          new GenerateRequest(
              sources, outputDirectory.toPath(), VendorParameters.resolve(vendor, vendorAccountId));
      GenerateResult result = new Generator().generate(request);
      result.warnings().forEach(this::log);
      for (GeneratedBlueprint blueprint : result.blueprints()) {
        getLog().info(SummaryLine.of(blueprint, base));
      }
    } catch (BlueprintException e) {
      e.diagnostics().forEach(this::log);
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not read the blueprints in " + blueprintDirectory + ": " + e.getMessage(), e);
    }
  }

  /** One log call per line, so that every line of a diagnostic carries its level prefix. */
  private void log(Diagnostic diagnostic) {
    for (String line : diagnostic.render().split("\n", -1)) {
      if (diagnostic.isError()) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
  }
}

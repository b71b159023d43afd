package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates a CloudFormation template ({@code template.yaml} and {@code template.json}) for every
 * blueprint in {@code src/main/blueprints} and every shipped blueprint named in {@code
 * <blueprints>}. All rules live in the generator; this goal only reads its parameters, builds one
 * request and turns the generator's diagnostics into Maven log lines and a build failure.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractBlueprintMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping blueprint generation (cfn.skip)");
      return;
    }
    try {
      GenerateRequest request =
          new GenerateRequest(sources(), outputDirectory.toPath(), vendorForShipped());
      GenerateResult result = new Generator().generate(request);
      result.warnings().forEach(this::log);
      for (GeneratedBlueprint blueprint : result.blueprints()) {
        getLog().info(SummaryLine.of(blueprint, base()));
      }
    } catch (BlueprintException e) {
      throw failure(e);
    }
  }
}

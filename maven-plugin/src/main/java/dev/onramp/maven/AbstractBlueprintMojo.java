package dev.onramp.maven;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import dev.onramp.generate.BlueprintSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal that reads blueprints shares (where they are, which shipped ones, for
 * which vendor, where templates go), and the way diagnostics reach the Maven log.
 */
abstract class AbstractBlueprintMojo extends AbstractMojo {

  /** Folder of the project's blueprints; every {@code *.yaml} and {@code *.yml} file in it. */
  @Parameter(
      property = "cfn.blueprintDirectory",
      defaultValue = "${project.basedir}/src/main/blueprints",
      required = true)
  protected File blueprintDirectory;

  /** Where templates go, one folder per blueprint name. */
  @Parameter(
      property = "cfn.outputDirectory",
      defaultValue = "${project.build.directory}/cfn",
      required = true)
  protected File outputDirectory;

  /**
   * Names of ready-made blueprints from the onramp-blueprints jar to use as well, for example
   * {@code cross-account-read-only}. On the command line: {@code -Dcfn.blueprints=a,b}.
   */
  @Parameter(property = "cfn.blueprints")
  protected List<String> blueprints;

  /**
   * The vendor that shipped blueprints are generated for: {@code <vendor><accountId>}, and for a
   * role principal {@code <roleArn>} and {@code <principal>}. Ignored by the project's own
   * blueprints, which name their vendor.
   */
  @Parameter protected VendorParameters vendor;

  /** Overrides {@code <vendor><accountId>} from the command line. */
  @Parameter(property = "cfn.vendor.accountId")
  protected String vendorAccountId;

  /** Skips the goal. */
  @Parameter(property = "cfn.skip", defaultValue = "false")
  protected boolean skip;

  /** Display names of blueprint files are relative to this folder. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  protected File baseDirectory;

  protected Path base() {
    return baseDirectory.toPath();
  }

  /** The blueprint sources of this execution; see {@link BlueprintSelection}. */
  protected List<BlueprintSource> sources()
      throws MojoExecutionException, MojoFailureException, BlueprintException {
    BlueprintSelection selection =
        new BlueprintSelection(base(), blueprintDirectory.toPath(), blueprints);
    try {
      return selection.collect(getClass().getClassLoader());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not read the blueprints in " + blueprintDirectory + ": " + e.getMessage(), e);
    }
  }

  protected Optional<Vendor> vendorForShipped() throws MojoFailureException {
    return VendorParameters.resolve(vendor, vendorAccountId);
  }

  /** Logs every diagnostic, then fails with the exception's summary. */
  protected MojoFailureException failure(BlueprintException e) {
    e.diagnostics().forEach(this::log);
    return new MojoFailureException(e.getMessage(), e);
  }

  /** One log call per line, so that every line of a diagnostic carries its level prefix. */
  protected void log(Diagnostic diagnostic) {
    for (String line : diagnostic.render().split("\n", -1)) {
      if (diagnostic.isError()) {
        getLog().error(line);
      } else if (diagnostic.severity() == Severity.WARNING) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
  }
}

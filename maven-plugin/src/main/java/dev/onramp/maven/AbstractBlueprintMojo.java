package dev.onramp.maven;

import dev.onramp.api.ConfigurationException;
import dev.onramp.api.DisplayPath;
import dev.onramp.api.EnvironmentException;
import dev.onramp.api.InvalidInputException;
import dev.onramp.api.Message;
import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.Onramp;
import dev.onramp.api.OnrampException;
import dev.onramp.api.ProjectBlueprints;
import dev.onramp.api.Setting;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal that reads blueprints shares (where they are, which shipped ones, for
 * which vendor, where templates go), the skip switches, and the one way {@link Onramp}'s results
 * and errors reach the Maven log: each located problem logged once, then a one-line failure.
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
   * The vendor that shipped blueprints are generated for: its {@code roleArn} (trusted as
   * account-root-narrowed unless {@code principal} says role), or its {@code accountId} with {@code
   * principal} account-root to trust its whole account, and its {@code name} for the guides.
   * Ignored by the project's own blueprints, which name their vendor.
   */
  @Parameter protected VendorParameters vendor;

  /** Overrides the vendor's {@code accountId} from the command line. */
  @Parameter(property = "cfn.vendor.accountId")
  protected String vendorAccountId;

  /**
   * Skips every cfn goal of the build with {@code -Dcfn.skip=true} (generate, validate, report,
   * diff, guide, links, publish and import), or the executions whose configuration sets it. To skip
   * one goal only, use its own property, such as {@code -Dcfn.validate.skip=true}.
   */
  @Parameter(property = "cfn.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The project's folder: the paths in messages are relative to it. A goal run without a pom uses
   * the folder Maven was started in instead.
   */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  protected File baseDirectory;

  /** The folder Maven was started in: the project's folder for a run without a pom. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  protected File executionRoot;

  protected final Onramp onramp = new Onramp();

  private static final String UNRESOLVED_BASEDIR = "${project.basedir}";

  private final String goal;
  private final String activity;

  /**
   * @param goal the goal's name, as in {@code cfn.<goal>.skip}
   * @param activity what the goal does, for the line that says it is skipped: "template validation"
   */
  protected AbstractBlueprintMojo(String goal, String activity) {
    this.goal = goal;
    this.activity = activity;
  }

  final String goal() {
    return goal;
  }

  final String activity() {
    return activity;
  }

  /** The value of the goal's own skip property, {@code cfn.<goal>.skip}. */
  protected abstract boolean skipGoal();

  /** The goal's work: parameters to a request, the request to {@link #onramp}, results to lines. */
  protected abstract void run()
      throws MojoExecutionException, MojoFailureException, OnrampException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Optional<String> skippedBy = new GoalSkip(goal, skip, skipGoal()).skippedBy();
    if (skippedBy.isPresent()) {
      getLog().info("Skipping " + activity + " (" + skippedBy.get() + ")");
      return;
    }
    try {
      run();
    } catch (EnvironmentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (OnrampException e) {
      throw failure(e);
    }
  }

  protected Path base() {
    return (baseDirectory != null ? baseDirectory : executionRoot).toPath();
  }

  /**
   * {@code file} as a path. In a run without a pom Maven leaves {@code ${project.basedir}} in the
   * defaults unresolved ({@code /work/${project.basedir}/target/cfn}): such a path is taken inside
   * {@link #base()}, the folder Maven was started in.
   */
  protected Path path(File file) {
    String text = file.getPath();
    int at = text.indexOf(UNRESOLVED_BASEDIR);
    if (baseDirectory != null || at < 0) {
      return file.toPath();
    }
    return base()
        .resolve(text.substring(at + UNRESOLVED_BASEDIR.length()).replaceFirst("^[/\\\\]+", ""));
  }

  /** {@code path} as the log shows it: relative to the project when inside it. */
  protected String shown(Path path) {
    return DisplayPath.of(path, base());
  }

  /** The blueprints of this execution, with the vendor of the shipped ones. */
  protected ProjectBlueprints projectBlueprints() {
    return new ProjectBlueprints(
        base(),
        path(blueprintDirectory),
        blueprints,
        VendorParameters.resolve(vendor, vendorAccountId),
        getClass().getClassLoader());
  }

  /** The plugin's name of a setting in a configuration error; a goal may name its own. */
  protected String settingName(Setting setting) {
    return SettingNames.of(setting);
  }

  /** One log call per line, so that every line of a message carries its level prefix. */
  protected void log(Message message) {
    for (String line : message.lines()) {
      switch (message.level()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case INFO -> getLog().info(line);
      }
    }
  }

  /**
   * The build failure for a problem with the input or the configuration. Located problems are
   * logged here, each once, and the failure only counts them: Maven prints its message again at the
   * end of the build, so a message holding the list would show every problem twice.
   */
  private MojoFailureException failure(OnrampException e) {
    if (e instanceof InvalidInputException invalid) {
      invalid.messages().forEach(this::log);
      return new MojoFailureException(invalid.summary() + ", see above; nothing was written");
    }
    if (e instanceof NoBlueprintsException none) {
      return new MojoFailureException(noBlueprints(none, base()));
    }
    if (e instanceof ConfigurationException configuration) {
      // No cause: Maven would append the cause's message, which says the same in other words.
      return new MojoFailureException(configuration.render(settingName(configuration.setting())));
    }
    return new MojoFailureException(e.getMessage(), e);
  }

  /** What to do when there is nothing to generate, in the names of the plugin's parameters. */
  static String noBlueprints(NoBlueprintsException e, Path base) {
    String directory = DisplayPath.of(e.directory(), base);
    return "No blueprints to generate: "
        + e.directory().toAbsolutePath()
        + (e.directoryExists()
            ? " has no *.yaml or *.yml file and <blueprints> names no shipped blueprint\n"
                + "  fix: add a blueprint to "
                + directory
                + ", or name shipped blueprints in <blueprints>"
            : " does not exist and <blueprints> names no shipped blueprint\n"
                + "  fix: create "
                + directory
                + ", or set <blueprintDirectory> to the folder of your blueprints");
  }
}

package dev.onramp.maven;

import dev.onramp.api.InitRequest;
import dev.onramp.api.InitResult;
import dev.onramp.api.OnrampException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scaffolds a blueprint in src/main/blueprints, from a shipped blueprint ({@code
 * -Dcfn.init.from=cross-account-read-only}) or from answers (the vendor's role, policy sets,
 * regions), and prints the pom snippet that generates and validates it on every build and the
 * settings.xml plugin group that makes {@code mvn cfn:generate} work. The blueprint is written only
 * if it generates, and an existing file is never replaced. It runs without a pom: {@code mvn
 * dev.onramp:cfn-maven-plugin:init -Dcfn.init.name=acme-portal
 * -Dcfn.init.roleArn=arn:aws:iam::111122223333:role/AcmeOnboarding}.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public final class InitMojo extends AbstractBlueprintMojo {

  /** The blueprint's name (its metadata.name and file name), such as acme-portal. */
  @Parameter(property = "cfn.init.name", required = true)
  private String name;

  /**
   * A shipped blueprint to start from, such as cross-account-read-only or finops-payer (whose
   * member comes too, as NAME-member). Default: a blueprint of one read-only role from the answers.
   */
  @Parameter(property = "cfn.init.from")
  private String from;

  /** The ARN of the vendor's role that assumes the customer's roles. */
  @Parameter(property = "cfn.init.roleArn")
  private String roleArn;

  /**
   * The policy sets of the role, for a blueprint from answers (default read-only); on the command
   * line -Dcfn.init.policySets=read-only,billing-read.
   */
  @Parameter(property = "cfn.init.policySets")
  private List<String> policySets;

  /** The regions of a blueprint from answers (default us-east-1), such as us-east-1,eu-west-1. */
  @Parameter(property = "cfn.init.regions")
  private List<String> regions;

  /** This plugin's version, which the printed pom snippet names. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  private String pluginVersion;

  /**
   * Skips cfn:init alone, for example {@code -Dcfn.init.skip=true}; {@code cfn.skip} skips every
   * cfn goal.
   */
  @Parameter(property = "cfn.init.skip", defaultValue = "false")
  private boolean skipInit;

  public InitMojo() {
    super("init", "the blueprint scaffold");
  }

  @Override
  protected boolean skipGoal() {
    return skipInit;
  }

  @Override
  protected void run() throws OnrampException {
    InitResult result =
        onramp.init(
            new InitRequest(
                path(blueprintDirectory),
                base(),
                name,
                from,
                getClass().getClassLoader(),
                roleArn,
                policySets == null ? List.of() : policySets,
                regions == null ? List.of() : regions,
                pluginVersion));
    for (Path blueprint : result.blueprints()) {
      getLog().info("Blueprint: " + shown(blueprint));
    }
    getLog().info("Add the plugin to the pom's <build><plugins>:");
    result.pomSnippet().lines().forEach(line -> getLog().info("  " + line));
    getLog().info("and, for mvn cfn:generate, the plugin group to ~/.m2/settings.xml:");
    result.settingsSnippet().lines().forEach(line -> getLog().info("  " + line));
  }
}

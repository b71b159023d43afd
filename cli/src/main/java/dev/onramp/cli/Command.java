package dev.onramp.cli;

import dev.onramp.api.ConfigurationException;
import dev.onramp.api.DisplayPath;
import dev.onramp.api.EnvironmentException;
import dev.onramp.api.InvalidInputException;
import dev.onramp.api.NoBlueprintsException;
import dev.onramp.api.Onramp;
import dev.onramp.api.OnrampException;
import dev.onramp.api.ProjectBlueprints;
import dev.onramp.api.Setting;
import dev.onramp.api.VendorSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command of {@code onramp}, the counterpart of one goal of the Maven plugin and, like its Mojo,
 * a thin adapter: it reads its options (the plugin's parameters, under the same property names),
 * builds one request, hands it to {@link Onramp} and prints the results. This class holds what
 * every command shares, as the plugin's AbstractBlueprintMojo does: where the blueprints are, which
 * shipped ones, for which vendor, where templates go, the skip switches, and the one way the API's
 * results and errors reach the console and the exit code.
 */
abstract class Command {

  static final Option BASE_DIRECTORY =
      Option.value(
              "base-directory",
              null,
              "<dir>",
              "The project's folder: relative paths are taken in it, and messages name files"
                  + " relative to it.")
          .withDefault(".");
  static final Option BLUEPRINT_DIRECTORY =
      Option.value(
              "blueprint-directory",
              "cfn.blueprintDirectory",
              "<dir>",
              "Folder of the project's blueprints; every *.yaml and *.yml file in it.")
          .withDefault("src/main/blueprints");
  static final Option OUTPUT_DIRECTORY =
      Option.value(
              "output-directory",
              "cfn.outputDirectory",
              "<dir>",
              "Where templates go, one folder per blueprint name.")
          .withDefault("target/cfn");
  static final Option BLUEPRINTS =
      Option.list(
          "blueprints",
          "cfn.blueprints",
          "<name,...>",
          "Ready-made blueprints shipped with Onramp to use as well, such as"
              + " cross-account-read-only.");
  static final Option VENDOR_ACCOUNT_ID =
      Option.value(
          "vendor-account-id",
          "cfn.vendor.accountId",
          "<id>",
          "The vendor's 12-digit AWS account id, for shipped blueprints.");
  static final Option VENDOR_ROLE_ARN =
      Option.value(
          "vendor-role-arn",
          "cfn.vendor.roleArn",
          "<arn>",
          "The vendor's role ARN, for shipped blueprints (the plugin's <vendor><roleArn>).");
  static final Option VENDOR_PRINCIPAL =
      Option.value(
          "vendor-principal",
          "cfn.vendor.principal",
          "<kind>",
          "How trust policies name the vendor: account-root-narrowed (the default with a role"
              + " ARN), role, or account-root.");
  static final Option VENDOR_NAME =
      Option.value(
          "vendor-name",
          "cfn.vendor.name",
          "<name>",
          "The vendor's name as customers know it, for the guides of shipped blueprints.");
  static final Option SKIP =
      Option.flag("skip", "cfn.skip", "Skip the command, as -Dcfn.skip does every cfn goal.");

  protected final Onramp onramp = new Onramp();

  private final String name;
  private final String activity;
  private final String summary;
  private final Option skipThis;

  /**
   * @param name the command, as the plugin's goal: {@code generate}
   * @param activity what it does, for the line that says it is skipped: "blueprint generation"
   * @param summary one paragraph for {@code --help}
   */
  protected Command(String name, String activity, String summary) {
    this.name = name;
    this.activity = activity;
    this.summary = summary;
    this.skipThis =
        Option.flag(
            "skip-" + name,
            "cfn." + name + ".skip",
            "Skip this command alone, as -Dcfn." + name + ".skip does the goal.");
  }

  String name() {
    return name;
  }

  String summary() {
    return summary;
  }

  /** The command's own options, after the shared ones. */
  protected abstract List<Option> ownOptions();

  /** Whether the command reads blueprints at all (import does not). */
  protected boolean readsBlueprints() {
    return true;
  }

  /** Every option, in the order {@code --help} lists them. */
  final List<Option> options() {
    List<Option> options = new ArrayList<>();
    options.add(BASE_DIRECTORY);
    options.add(BLUEPRINT_DIRECTORY);
    if (readsBlueprints()) {
      options.add(OUTPUT_DIRECTORY);
      options.add(BLUEPRINTS);
      options.add(VENDOR_ACCOUNT_ID);
      options.add(VENDOR_ROLE_ARN);
      options.add(VENDOR_PRINCIPAL);
      options.add(VENDOR_NAME);
    }
    options.addAll(ownOptions());
    options.add(SKIP);
    options.add(skipThis);
    return options;
  }

  /** The command's work: options to a request, the request to {@link #onramp}, results to lines. */
  protected abstract void run(Invocation invocation) throws CommandException, OnrampException;

  /** Runs the command and maps its outcome to an exit code; every failure is printed once. */
  final int execute(Arguments arguments, Console console, Map<String, String> environment) {
    for (String property : arguments.ignored()) {
      if (property.startsWith("cfn.")) {
        console.warn("-D" + property + " is no option of onramp " + name + "; ignored");
      }
    }
    if (arguments.flag(SKIP) || arguments.flag(skipThis)) {
      console.note(
          "Skipping "
              + activity
              + " ("
              + (arguments.flag(SKIP) ? "cfn.skip" : skipThis.property().orElseThrow())
              + ")");
      return Exit.OK;
    }
    Invocation invocation = new Invocation(arguments, console, environment);
    Exception failure = null;
    Progress progress = Progress.start(console.err(), name);
    try {
      run(invocation);
    } catch (CommandException | OnrampException e) {
      failure = e;
    } finally {
      progress.close();
    }
    return failure == null ? Exit.OK : failed(console, failure, arguments);
  }

  /** Prints a failure, each located problem once and then one line, and returns its exit code. */
  private int failed(Console console, Exception failure, Arguments arguments) {
    if (failure instanceof CommandException e) {
      return fail(console, e.exitCode(), e.getMessage());
    }
    if (failure instanceof EnvironmentException e) {
      return fail(console, Exit.ENVIRONMENT, e.getMessage());
    }
    if (failure instanceof InvalidInputException e) {
      e.messages().forEach(console::log);
      return fail(console, Exit.FAILED, e.summary() + ", see above; nothing was written");
    }
    if (failure instanceof NoBlueprintsException e) {
      return fail(console, Exit.USAGE, noBlueprints(e, arguments.base()));
    }
    if (failure instanceof ConfigurationException e) {
      return fail(console, Exit.USAGE, e.render(settingName(e.setting(), arguments)));
    }
    return fail(console, Exit.FAILED, failure.getMessage());
  }

  private int fail(Console console, int code, String message) {
    console.note("onramp " + name + ": " + message);
    return code;
  }

  /** The option a configuration error blames, as the command line names it. */
  protected String settingName(Setting setting, Arguments arguments) {
    return switch (setting) {
      case VENDOR_PRINCIPAL -> VENDOR_PRINCIPAL.longName();
      case PARTITION -> "--partition";
      case BASELINE -> "--baseline";
      case DIFF_FAIL_ON -> "--fail-on";
      case GUIDE_TEMPLATE_DIRECTORY -> "--guide-template-directory";
      case LINK_BLUEPRINTS -> "--links-blueprints";
      case TENANT_FILE -> "--tenants";
      case VENDOR_SECRET -> "--secret-env";
      case DIFF_CURRENT -> "--current";
      case REPORT_TEMPLATES -> "--templates";
      case IMPORT_TEMPLATE -> "--template";
      case IMPORT_NAME -> "--name";
      case IMPORT_FORCE -> "--force";
      case IAM_CATALOG -> "--iam-catalog";
      case PUBLISH_APPROVE_ESCALATION -> "--approve-escalation";
      case INIT_NAME -> "--name";
      case INIT_FROM -> "--from";
      case INIT_ROLE_ARN -> "--role-arn";
      case INIT_POLICY_SETS -> "--policy-sets";
      case INIT_REGIONS -> "--regions";
    };
  }

  /** What to do when there is nothing to generate, in the names of the command's options. */
  static String noBlueprints(NoBlueprintsException e, Path base) {
    String directory = DisplayPath.of(e.directory(), base);
    return "No blueprints to generate: "
        + e.directory().toAbsolutePath()
        + (e.directoryExists()
            ? " has no *.yaml or *.yml file and --blueprints names no shipped blueprint\n"
                + "  fix: add a blueprint to "
                + directory
                + ", or name shipped blueprints with --blueprints"
            : " does not exist and --blueprints names no shipped blueprint\n"
                + "  fix: create "
                + directory
                + ", or set --blueprint-directory to the folder of your blueprints");
  }

  /** One run of a command: its arguments, the console, the environment variables. */
  static final class Invocation {
    private final Arguments arguments;
    private final Console console;
    private final Map<String, String> environment;

    Invocation(Arguments arguments, Console console, Map<String, String> environment) {
      this.arguments = arguments;
      this.console = console;
      this.environment = environment;
    }

    Arguments args() {
      return arguments;
    }

    Console console() {
      return console;
    }

    Map<String, String> environment() {
      return environment;
    }

    Path base() {
      return arguments.base();
    }

    /** {@code path} as messages show it: relative to the project when inside it. */
    String shown(Path path) {
      return DisplayPath.of(path, base());
    }

    /** The blueprints of this run, with the vendor of the shipped ones. */
    ProjectBlueprints projectBlueprints() {
      return new ProjectBlueprints(
          base(),
          arguments.path(BLUEPRINT_DIRECTORY).orElseThrow(),
          arguments.list(BLUEPRINTS),
          new VendorSettings(
              arguments.orNull(VENDOR_ACCOUNT_ID),
              arguments.orNull(VENDOR_ROLE_ARN),
              arguments.orNull(VENDOR_PRINCIPAL),
              arguments.orNull(VENDOR_NAME)),
          Command.class.getClassLoader());
    }

    Path outputDirectory() {
      return arguments.path(OUTPUT_DIRECTORY).orElseThrow();
    }
  }
}

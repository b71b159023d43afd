package dev.onramp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code onramp <command> [options]}: the Maven plugin's goals for vendors who do not build with
 * Maven. {@link #run} is the whole tool and returns the exit code ({@link Exit}); {@link #main}
 * only exits with it.
 */
public final class Main {

  private Main() {}

  /** The commands, in the order of the help. */
  static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    for (Command command :
        List.of(
            new GenerateCommand(),
            new ValidateCommand(),
            new ReportCommand(),
            new DiffCommand(),
            new GuideCommand(),
            new LinksCommand(),
            new PublishCommand(),
            new ImportCommand(),
            new InitCommand())) {
      commands.put(command.name(), command);
    }
    return commands;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs one command in this JVM.
   *
   * @param environment the environment variables (the vendor secret of links is read from them)
   * @return the exit code
   */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    Console console = new Console(out, err);
    Map<String, Command> commands = commands();
    if (args.length == 0) {
      err.print(usage(commands));
      return Exit.USAGE;
    }
    String name = args[0];
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      if (args.length > 1 && commands.containsKey(args[1])) {
        out.print(Help.of(commands.get(args[1])));
      } else {
        out.print(usage(commands));
      }
      return Exit.OK;
    }
    if (name.equals("--version")) {
      out.println("onramp " + version());
      return Exit.OK;
    }
    Command command = commands.get(name);
    if (command == null) {
      console.note(
          "onramp: unknown command '"
              + name
              + "'\n  fix: use one of "
              + String.join(", ", commands.keySet())
              + "; 'onramp --help' describes them");
      return Exit.USAGE;
    }
    try {
      Arguments arguments =
          Arguments.parse(
              name,
              command.options(),
              Arrays.asList(args).subList(1, args.length),
              Path.of(System.getProperty("user.dir")));
      if (arguments.help()) {
        out.print(Help.of(command));
        return Exit.OK;
      }
      return command.execute(arguments, console, environment);
    } catch (CommandException e) {
      console.note(e.getMessage());
      return e.exitCode();
    } catch (RuntimeException e) {
      console.note("onramp " + name + ": internal error, please report it with this trace:");
      e.printStackTrace(err);
      return Exit.INTERNAL;
    }
  }

  static String usage(Map<String, Command> commands) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: onramp <command> [options]\n\n")
        .append("Onramp's Maven goals on the command line, with the same options: each --option\n")
        .append("is also accepted as the plugin's -Dcfn.property=value.\n\nCommands:\n");
    for (Command command : commands.values()) {
      text.append(String.format("  %-9s %s%n", command.name(), Help.tagline(command)));
    }
    text.append("\n'onramp <command> --help' lists a command's options.\n")
        .append("Exit codes: 0 done, 1 the input or a check failed, 2 usage or configuration,\n")
        .append("3 the environment (a file, cfn-lint, Docker or S3), 4 a bug in Onramp.\n");
    return text.toString();
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}

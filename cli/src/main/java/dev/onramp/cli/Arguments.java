package dev.onramp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A command's arguments, parsed against its {@link Option}s: {@code --name value}, {@code
 * --name=value}, {@code --flag} (a switch, true; {@code --flag=false} too) and the plugin's {@code
 * -Dproperty=value} ({@code -Dproperty} alone is true, as in Maven). A later value replaces an
 * earlier one. A {@code -D} property that is no option of the command is ignored with a warning, as
 * Maven ignores the properties of other goals; an unknown {@code --option} is an error.
 */
final class Arguments {
  private final String command;
  private final Map<String, String> values;
  private final List<String> ignored;
  private final boolean help;
  private final Path base;

  private Arguments(
      String command, Map<String, String> values, List<String> ignored, boolean help, Path base) {
    this.command = command;
    this.values = values;
    this.ignored = ignored;
    this.help = help;
    this.base = base;
  }

  /**
   * @param base the folder relative paths are resolved in when {@code --base-directory} is not
   *     given
   */
  static Arguments parse(String command, List<Option> options, List<String> args, Path base)
      throws CommandException {
    Map<String, Option> byName = new LinkedHashMap<>();
    Map<String, Option> byProperty = new LinkedHashMap<>();
    for (Option option : options) {
      byName.put(option.name(), option);
      option.property().ifPresent(property -> byProperty.put(property, option));
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
        continue;
      }
      if (arg.startsWith("-D") && arg.length() > 2) {
        int eq = arg.indexOf('=');
        String property = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        String value = eq < 0 ? "true" : arg.substring(eq + 1);
        Option option = byProperty.get(property);
        if (option == null) {
          ignored.add(property);
        } else {
          put(values, option, value, "-D" + property);
        }
        continue;
      }
      if (arg.startsWith("--") && arg.length() > 2) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        Option option = byName.get(name);
        if (option == null) {
          throw CommandException.usage(
              "onramp "
                  + command
                  + ": unknown option '--"
                  + name
                  + "'"
                  + suggestion(name, byName.keySet())
                  + "\n  fix: see 'onramp "
                  + command
                  + " --help' for its options");
        }
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (option.kind() == Option.Kind.FLAG) {
          value = "true";
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw CommandException.usage(
              "onramp "
                  + command
                  + ": "
                  + option
                  + " needs a value\n  fix: write "
                  + option
                  + " "
                  + option.valueName()
                  + " or "
                  + option
                  + "="
                  + option.valueName());
        }
        put(values, option, value, option.longName());
        continue;
      }
      throw CommandException.usage(
          "onramp "
              + command
              + ": unexpected argument '"
              + arg
              + "'\n  fix: give every value with its option, such as --blueprint-directory "
              + arg
              + "; see 'onramp "
              + command
              + " --help'");
    }
    for (Option option : options) {
      if (!values.containsKey(option.name())) {
        option.defaultValue().ifPresent(value -> values.put(option.name(), value));
      }
    }
    Path folder = base;
    String given = values.get(Command.BASE_DIRECTORY.name());
    if (given != null && !given.isBlank()) {
      folder = base.resolve(given.strip());
    }
    return new Arguments(command, values, ignored, help, folder.toAbsolutePath().normalize());
  }

  private static void put(Map<String, String> values, Option option, String value, String given)
      throws CommandException {
    if (option.unsupported().isPresent()) {
      throw CommandException.usage(
          given + " is a setting of the Maven plugin only\n  fix: " + option.unsupported().get());
    }
    if (option.kind() == Option.Kind.FLAG) {
      String flag = value.strip().toLowerCase(Locale.ROOT);
      if (!flag.equals("true") && !flag.equals("false")) {
        throw CommandException.usage(
            given
                + ": '"
                + value
                + "' is not true or false\n  fix: write "
                + option.longName()
                + " alone for true, or "
                + option.longName()
                + "=false");
      }
      value = flag;
    }
    if (option.kind() == Option.Kind.LIST && values.containsKey(option.name())) {
      // Repeated list options add up, as several <blueprint> elements do in a pom.
      value = values.get(option.name()) + "," + value;
    }
    values.put(option.name(), value);
  }

  private static String suggestion(String name, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      // A prefix is the likeliest meaning: --output-dir for --output-directory.
      int distance = candidate.startsWith(name) ? 1 : distance(name, candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3)
        ? "; did you mean '--" + best + "'?"
        : "";
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  String command() {
    return command;
  }

  boolean help() {
    return help;
  }

  /** {@code -D} properties given that are no option of this command. */
  List<String> ignored() {
    return ignored;
  }

  /** The project's folder: {@code --base-directory}, default the current one. */
  Path base() {
    return base;
  }

  /** The value given or the default; empty when neither, or when blank. */
  Optional<String> value(Option option) {
    String value = values.get(option.name());
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The value, or a usage error naming the option and its property when it is missing. */
  String required(Option option) throws CommandException {
    Optional<String> value = value(option);
    if (value.isEmpty()) {
      throw CommandException.usage(
          "onramp "
              + command
              + ": "
              + option
              + " is required\n  fix: give "
              + option
              + " "
              + option.valueName()
              + option.property().map(p -> " (or -D" + p + "=...)").orElse(""));
    }
    return value.get();
  }

  /** The value or {@code null}, as the plugin's unset parameters are. */
  String orNull(Option option) {
    return value(option).orElse(null);
  }

  boolean flag(Option option) {
    return value(option).map(Boolean::parseBoolean).orElse(false);
  }

  /** The list as given: entries may hold several names separated by commas. */
  List<String> list(Option option) {
    return value(option).map(List::of).orElse(null);
  }

  /** A path option, resolved in the project's folder. */
  Optional<Path> path(Option option) {
    return value(option).map(value -> base.resolve(value.strip()).normalize());
  }

  Path requiredPath(Option option) throws CommandException {
    return base.resolve(required(option).strip()).normalize();
  }

  int integer(Option option) throws CommandException {
    String text = required(option);
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw CommandException.usage(
          option + " '" + text + "' is not a whole number\n  fix: give a number such as 4");
    }
  }
}

package dev.onramp.cli;

import java.util.Optional;

/**
 * One option of a command: its {@code --kebab-case} name, the Maven plugin's property of the same
 * setting ({@code cfn.blueprintDirectory}), which the command accepts as {@code -Dproperty=value}
 * too, so that the plugin's documentation applies unchanged, and its default.
 *
 * @param name the long name without dashes, such as {@code blueprint-directory}
 * @param property the plugin's property, such as {@code cfn.blueprintDirectory}; empty for an
 *     option the plugin has no property for
 * @param kind a value, a switch or a comma-separated list
 * @param defaultValue the value when the option is not given; empty for none
 * @param valueName how the help names the value: {@code <dir>}
 * @param help one sentence for {@code --help}
 * @param unsupported when present, the option is refused with this fix (a Maven-only setting)
 */
record Option(
    String name,
    Optional<String> property,
    Kind kind,
    Optional<String> defaultValue,
    String valueName,
    String help,
    Optional<String> unsupported) {

  enum Kind {
    VALUE,
    FLAG,
    LIST
  }

  static Option value(String name, String property, String valueName, String help) {
    return new Option(
        name,
        Optional.ofNullable(property),
        Kind.VALUE,
        Optional.empty(),
        valueName,
        help,
        Optional.empty());
  }

  static Option list(String name, String property, String valueName, String help) {
    return new Option(
        name,
        Optional.ofNullable(property),
        Kind.LIST,
        Optional.empty(),
        valueName,
        help,
        Optional.empty());
  }

  static Option flag(String name, String property, String help) {
    return new Option(
        name,
        Optional.ofNullable(property),
        Kind.FLAG,
        Optional.of("false"),
        "",
        help,
        Optional.empty());
  }

  /** A setting of the Maven plugin that the command line refuses, saying what to use instead. */
  static Option unsupported(String name, String property, String fix) {
    return new Option(
        name, Optional.of(property), Kind.VALUE, Optional.empty(), "<value>", "", Optional.of(fix));
  }

  Option withDefault(String value) {
    return new Option(name, property, kind, Optional.of(value), valueName, help, unsupported);
  }

  /** {@code --blueprint-directory}. */
  String longName() {
    return "--" + name;
  }

  /** How messages name it: {@code --blueprint-directory}. */
  @Override
  public String toString() {
    return longName();
  }
}

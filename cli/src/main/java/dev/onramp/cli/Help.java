package dev.onramp.cli;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code onramp <command> --help}: what it does, then every option. */
final class Help {
  private static final int WIDTH = 78;

  private Help() {}

  static String of(Command command) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: onramp ").append(command.name()).append(" [options]\n\n");
    wrap(command.summary(), "", text);
    text.append("\nOptions (each also as the Maven plugin's -Dproperty=value):\n");
    for (Option option : command.options()) {
      if (option.unsupported().isPresent()) {
        continue;
      }
      text.append("  ")
          .append(option.longName())
          .append(option.kind() == Option.Kind.FLAG ? "" : " " + option.valueName())
          .append('\n');
      StringBuilder help = new StringBuilder(option.help());
      option.defaultValue().ifPresent(value -> help.append(" Default: ").append(value).append('.'));
      option.property().ifPresent(property -> help.append(" (-D").append(property).append(')'));
      wrap(help.toString(), "      ", text);
    }
    text.append("  --help\n      Print this help.\n");
    return text.toString();
  }

  /** One line for the list of commands. */
  static String tagline(Command command) {
    return switch (command.name()) {
      case "generate" -> "Generate the CloudFormation templates (and CDK constructs)";
      case "validate" -> "Validate the templates: cfn-lint and Onramp's security checks";
      case "report" -> "Write each blueprint's permission inventory";
      case "diff" -> "Compare the access the templates grant with a baseline's";
      case "guide" -> "Write each blueprint's onboarding guide for customers";
      case "links" -> "Write every tenant's quick-create links";
      case "publish" -> "Publish the templates and manifests to S3";
      case "import" -> "Turn a hand-written template into a draft blueprint";
      default -> command.name();
    };
  }

  private static void wrap(String paragraph, String indent, StringBuilder text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : paragraph.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    lines.forEach(l -> text.append(l).append('\n'));
  }
}

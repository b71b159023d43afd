package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every onboarding guide must be, as a reader sees it: every section in order, contents that
 * link to them, tables whose rows have as many cells as their header, and exactly one Mermaid
 * flowchart (which {@link MermaidParser} then parses). Shared with the blueprints module's tests
 * through the generator's test jar.
 */
public final class GuideAssertions {
  /**
   * The sections every guide has, in order; a guide with a StackSet also has "Find your
   * organization's ids" before "Create the stack" and "Member accounts" before "Updating to a new
   * version".
   */
  public static final List<String> SECTIONS =
      List.of(
          "Before you start",
          "What the stack creates",
          "Permissions",
          "Parameters",
          "Create the stack",
          "Acknowledge the IAM resources",
          "Check that it worked",
          "Updating to a new version",
          "Troubleshooting",
          "Uninstall",
          "How it fits together");

  private static final Pattern HEADING = Pattern.compile("(?m)^## (.+)$");
  private static final Pattern TOC_ENTRY =
      Pattern.compile("(?m)^\\d+\\. \\[(.+)]\\(#([a-z0-9-]+)\\)$");
  private static final Pattern SH_BLOCK = Pattern.compile("(?s)```sh\\n(.*?)\\n```");
  private static final Pattern INLINE_AWS = Pattern.compile("`(aws [^`]+)`");
  private static final Pattern REGION = Pattern.compile("--region (\\S+)");
  private static final Pattern MERMAID = Pattern.compile("(?s)```mermaid\\n(.*?)\\n```");

  /**
   * Text only Java writes: a record's or an {@code Optional}'s {@code toString} ({@code
   * Ref[name=X]}, {@code Optional[x]}, {@code Optional.empty}), an object's identity hash ({@code
   * Foo@1b6d3586}), a {@code Map}'s ({@code {Ref=X}}), a class name, or {@code null}.
   */
  private static final Pattern JAVA_TEXT =
      Pattern.compile(
          "Ref\\[|Optional\\[|Optional\\.empty|\\[name=|\\b[A-Z]\\w*\\[\\w+="
              + "|\\w@[0-9a-f]{5,}\\b|\\{[A-Za-z:]+=|\\bdev\\.onramp\\.|\\bjava\\.(lang|util)\\."
              + "|\\bnull\\b");

  private GuideAssertions() {}

  /** Sections, contents and tables of {@code guide}, named {@code name} in failures. */
  public static void assertWellFormed(String name, String guide) {
    List<String> headings = new ArrayList<>();
    Matcher heading = HEADING.matcher(guide);
    while (heading.find()) {
      headings.add(heading.group(1));
    }
    List<String> expected = new ArrayList<>(SECTIONS);
    if (guide.contains("AWS::CloudFormation::StackSet")) {
      expected.add(expected.indexOf("Create the stack"), "Find your organization's ids");
      expected.add(expected.indexOf("Updating to a new version"), "Member accounts");
    }
    assertThat(headings).as(name + " sections").isEqualTo(expected);
    Matcher entry = TOC_ENTRY.matcher(guide);
    List<String> linked = new ArrayList<>();
    while (entry.find()) {
      assertThat(entry.group(2)).as(name).isEqualTo(githubAnchor(entry.group(1)));
      linked.add(entry.group(1));
    }
    assertThat(linked).as(name + " contents").isEqualTo(expected);
    assertNoJavaText(name, guide);
    List<String> lines = guide.lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("| ---")) {
        continue;
      }
      int columns = cells(lines.get(i - 1));
      assertThat(cells(lines.get(i))).as(name + " rule " + i).isEqualTo(columns);
      for (int row = i + 1; row < lines.size() && lines.get(row).startsWith("|"); row++) {
        assertThat(cells(lines.get(row))).as(name + ": " + lines.get(row)).isEqualTo(columns);
      }
    }
  }

  /** No {@code toString} of a Java object anywhere in {@code guide}: a customer reads it. */
  public static void assertNoJavaText(String name, String guide) {
    List<String> found = new ArrayList<>();
    List<String> lines = guide.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher java = JAVA_TEXT.matcher(lines.get(i));
      while (java.find()) {
        found.add((i + 1) + ": " + java.group() + " in " + lines.get(i));
      }
    }
    assertThat(found).as(name + ": Java text in the guide").isEmpty();
  }

  /**
   * The guide's create-stack command names every parameter without a default, and the capability.
   */
  public static void assertCreateStackComplete(String name, String guide, Template template) {
    String create = command(GuideAssertions.section(guide, "Create the stack"), "create-stack");
    List<String> tokens = tokens(create);
    Set<String> given = new TreeSet<>();
    for (String token : tokens) {
      if (token.startsWith("ParameterKey=")) {
        given.add(token.substring("ParameterKey=".length()).split(",", 2)[0]);
        assertThat(token).as(name).contains(",ParameterValue=");
      }
    }
    Set<String> required = new TreeSet<>();
    template
        .parameters()
        .forEach(
            (parameter, definition) -> {
              if (definition.defaultValue() == null) {
                required.add(parameter);
              }
            });
    assertThat(given).as(name + ": parameters without a default in " + create).isEqualTo(required);
    String acknowledge = GuideAssertions.section(guide, "Acknowledge the IAM resources");
    Matcher capability = Pattern.compile("--capabilities (CAPABILITY_\\w+)").matcher(acknowledge);
    assertThat(capability.find()).as(name).isTrue();
    assertThat(tokens).as(name).containsSequence("--capabilities", capability.group(1));
    assertThat(tokens).as(name).contains("--stack-name", "--region");
    assertThat(tokens.stream().filter(t -> t.startsWith("--template-")).count())
        .as(name + ": one template source")
        .isEqualTo(1);
  }

  /** Every AWS command of the guide, in a block or inline, names one and the same region. */
  public static void assertOneRegion(String name, String guide) {
    List<String> commands = new ArrayList<>();
    Matcher block = SH_BLOCK.matcher(guide);
    while (block.find()) {
      commands.addAll(
          List.of(block.group(1).replace("\\\n", " ").split("\n")).stream()
              .filter(line -> line.startsWith("aws "))
              .toList());
    }
    Matcher inline = INLINE_AWS.matcher(guide);
    while (inline.find()) {
      commands.add(inline.group(1));
    }
    assertThat(commands).as(name).isNotEmpty();
    Set<String> regions = new LinkedHashSet<>();
    for (String command : commands) {
      Matcher region = REGION.matcher(command);
      assertThat(region.find()).as(name + ": --region in " + command).isTrue();
      regions.add(region.group(1));
    }
    assertThat(regions).as(name + ": one region in every command").hasSize(1);
  }

  /** The command in {@code section} that runs {@code aws cloudformation <verb>}, lines joined. */
  public static String command(String section, String verb) {
    Matcher block = SH_BLOCK.matcher(section);
    while (block.find()) {
      for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
        if (line.startsWith("aws cloudformation " + verb + " ")) {
          return line;
        }
      }
    }
    throw new AssertionError("no " + verb + " command in " + section);
  }

  /** Shell words: whitespace splits, single quotes group. */
  public static List<String> tokens(String command) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          tokens.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  /** The guide's one Mermaid block, which must be a left-to-right flowchart. */
  public static String mermaidOf(String name, String guide) {
    Matcher block = MERMAID.matcher(guide);
    assertThat(block.find()).as(name + " has a Mermaid block").isTrue();
    String diagram = block.group(1);
    assertThat(diagram).as(name).startsWith("flowchart LR\n");
    assertThat(block.find()).as(name + " has one Mermaid block").isFalse();
    return diagram;
  }

  /** The text of section {@code title}, up to the next section. */
  public static String section(String guide, String title) {
    int start = guide.indexOf("\n## " + title + "\n");
    assertThat(start).as("section " + title).isNotNegative();
    int end = guide.indexOf("\n## ", start + 1);
    return guide.substring(start, end < 0 ? guide.length() : end);
  }

  /** GitHub's heading anchor: lower case, punctuation but hyphens dropped, spaces as hyphens. */
  private static String githubAnchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }

  /** Cells of a table line: the pipes that are not escaped, less one. */
  private static int cells(String line) {
    int pipes = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        pipes++;
      }
    }
    return pipes - 1;
  }
}

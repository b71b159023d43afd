package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every onboarding guide must be, as a reader sees it: every section in order, contents that
 * link to them, tables whose rows have as many cells as their header, and exactly one Mermaid
 * flowchart (which {@link MermaidParser} then parses). Shared with the blueprints module's tests
 * through the generator's test jar.
 */
public final class GuideAssertions {
  /** The sections every guide has, in order; "Member accounts" comes before "Uninstall". */
  public static final List<String> SECTIONS =
      List.of(
          "Before you start",
          "What the stack creates",
          "Permissions",
          "Parameters",
          "Create the stack",
          "Acknowledge the IAM resources",
          "Check that it worked",
          "Uninstall",
          "How it fits together");

  private static final Pattern HEADING = Pattern.compile("(?m)^## (.+)$");
  private static final Pattern TOC_ENTRY =
      Pattern.compile("(?m)^\\d+\\. \\[(.+)]\\(#([a-z0-9-]+)\\)$");
  private static final Pattern MERMAID = Pattern.compile("(?s)```mermaid\\n(.*?)\\n```");

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
      expected.add(expected.indexOf("Uninstall"), "Member accounts");
    }
    assertThat(headings).as(name + " sections").isEqualTo(expected);
    Matcher entry = TOC_ENTRY.matcher(guide);
    List<String> linked = new ArrayList<>();
    while (entry.find()) {
      assertThat(entry.group(2)).as(name).isEqualTo(githubAnchor(entry.group(1)));
      linked.add(entry.group(1));
    }
    assertThat(linked).as(name + " contents").isEqualTo(expected);
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

package dev.onramp.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class DraftWriterTest {

  /** Texts YAML 1.1 or 1.2 would read as something else, or that break plain scalars. */
  private static final List<String> TRICKY =
      List.of(
          "yes",
          "No",
          "on",
          "OFF",
          "true",
          "null",
          "~",
          "",
          " ",
          "0123",
          "111122223333",
          "1e3",
          "0x1F",
          "1.0.0",
          "a: b",
          "a #b",
          "#x",
          "*alias",
          "&anchor",
          "!tag",
          "- item",
          "[x]",
          "{x}",
          "it's",
          "\"quoted\"",
          "multi\nline\n",
          "tab\there",
          "${AWS::Partition}",
          "arn:aws:iam::aws:policy/SecurityAudit",
          "ends:",
          "trailing ",
          "%percent",
          "@at",
          "`tick`",
          "|pipe",
          ">fold",
          "?q",
          "ünïcödé",
          "\u0007bell");

  @Test
  void everyTextReadsBackAsTheSameText() {
    DraftMap root = new DraftMap();
    List<Object> items = new ArrayList<>();
    for (String text : TRICKY) {
      items.add(new DraftMap().put("value", text).put(text.isEmpty() ? "empty" : text, text));
    }
    root.put(
        "items",
        items,
        "a comment that is long enough to be wrapped over more than one line,"
            + " which the writer does at a hundred characters so that reviewers read it easily");

    String yaml = DraftWriter.write("header\nsecond line", root);
    Map<String, Object> read = new Yaml().load(yaml);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> back = (List<Map<String, Object>>) read.get("items");
    for (int i = 0; i < TRICKY.size(); i++) {
      String text = TRICKY.get(i);
      assertThat(back.get(i).get("value")).as("value %s", text).isEqualTo(text);
      assertThat(back.get(i).get(text.isEmpty() ? "empty" : text))
          .as("key %s", text)
          .isEqualTo(text);
    }
    assertThat(yaml).startsWith("# header\n# second line\n# a comment that is long enough");
    assertThat(yaml.lines()).allMatch(line -> line.length() <= 100 || !line.trim().startsWith("#"));
  }

  @Test
  void numbersBooleansAndEmptyCollectionsKeepTheirType() {
    DraftMap root =
        new DraftMap()
            .put("seconds", 3600)
            .put("noEcho", true)
            .put("none", List.of())
            .put("empty", new DraftMap())
            .put("nested", List.of(List.of("a", "b"), new DraftMap().put("k", "v")));

    Map<String, Object> read = new Yaml().load(DraftWriter.write("", root));

    assertThat(read)
        .containsEntry("seconds", 3600)
        .containsEntry("noEcho", true)
        .containsEntry("none", List.of())
        .containsEntry("empty", Map.of())
        .containsEntry("nested", List.of(List.of("a", "b"), Map.of("k", "v")));
  }
}

package dev.onramp.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void textEscapesWhatGitHubWouldReadAsEmphasisMathLinksOrHtml() {
    assertThat(Markdown.text("s3:* on arn:${AWS::Partition}:s3:::b_1/* if [a, b] <x>"))
        .isEqualTo("s3:\\* on arn:\\${AWS::Partition}:s3:::b\\_1/\\* if \\[a, b\\] \\<x\\>");
  }

  @Test
  void textKeepsToOneLineAndShowsUrlsAsCodeWithoutTheirTrailingPunctuation() {
    assertThat(Markdown.text("at https://h/${A}/t.yaml,\n  now"))
        .isEqualTo("at `https://h/${A}/t.yaml`, now");
  }

  @Test
  void codeFencesBackticksWithLongerRuns() {
    assertThat(Markdown.code("${Bucket.Arn}/*")).isEqualTo("`${Bucket.Arn}/*`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("`a")).isEqualTo("`` `a ``");
  }

  @Test
  void aTableEscapesPipesInItsCellsAndAlignsCountsRight() {
    String table = new Table("Name", "Count").numeric(1).row(Markdown.code("a|b"), "2").render();

    assertThat(table).isEqualTo("| Name | Count |\n| --- | ---: |\n| `a\\|b` | 2 |");
  }

  @Test
  void aRowMustFillTheTable() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Table("A", "B").row("1"));
  }
}

package dev.onramp.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written plain-scalar check decides exactly as the regular expressions it replaced (kept
 * here as the reference), over tricky strings and a hundred thousand random ones.
 */
class YamlPlainScalarTest {
  private static final Pattern PLAIN_SAFE =
      Pattern.compile("[A-Za-z_/$][A-Za-z0-9 _./:*${}()@+=,-]*");
  private static final Pattern LOOKS_NUMERIC = Pattern.compile("[-+.0-9].*|\\.(inf|nan).*");
  private static final Set<String> RESERVED =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

  private static boolean reference(String text) {
    return !text.isEmpty()
        && PLAIN_SAFE.matcher(text).matches()
        && !LOOKS_NUMERIC.matcher(text).matches()
        && !RESERVED.contains(text)
        && !text.endsWith(":")
        && !text.endsWith(" ")
        && !text.contains(": ")
        && !text.contains(" #");
  }

  @Test
  void decidesAsTheRegularExpressionsDid() {
    List<String> cases =
        new ArrayList<>(
            List.of(
                "",
                "a",
                "y",
                "Yes",
                "NULL",
                "nulls",
                "off!",
                "ec2:Describe*",
                "arn:${AWS::Partition}:s3:::bucket/*",
                "key: value",
                "key:value",
                "trailing:",
                "trailing ",
                "a #comment",
                "a#b",
                "1.0",
                ".inf",
                "-x",
                "_x",
                "$x",
                "/path",
                "tab\there",
                "new\nline",
                "quote'here",
                "é",
                "AWS::IAM::Role",
                "Fn::If"));
    String alphabet = "aZ09 _./:*${}()@+=,-#'\"\n\t!é";
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cases.add(text.toString());
    }
    for (String text : cases) {
      assertThat(YamlTemplateWriter.isPlainSafe(text)).as("'%s'", text).isEqualTo(reference(text));
    }
  }
}

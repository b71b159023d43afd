package dev.onramp.blueprint.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translation of the binder's Java patterns into ECMA-262. That ajv and Python's jsonschema
 * compile and apply every published pattern as the binder does is {@link SchemaCorpusTest}'s part;
 * here each construct is translated as intended, and the output, read back by Java (whose syntax
 * for these constructs is ECMA's), matches the same strings as the input.
 */
class EcmaRegexTest {
  private static final List<String> SAMPLES =
      List.of(
          "",
          "a",
          "abc",
          "A reason of enough length",
          "          x",
          "line one\nline two is long",
          "\u00e9t\u00e9 \u0661\u0662",
          "x\u2003y\u2003zzzzzzzzzz",
          "123456789012",
          "role/a-b",
          "{region}",
          "-",
          "a:b@c",
          "tab\there",
          "[x]");

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        "(?s).*\\S.{9,}#[\\s\\S]*[^ \\t\\n\\x0B\\f\\r][\\s\\S]{9,}",
        "\\d{12}#[0-9]{12}",
        "[\\w+=,.@-]{1,64}#[A-Za-z0-9_+=,.@-]{1,64}",
        "[^\\x00-\\x1f\\x7f`|<>\\[\\]]{1,64}#[^\\x00-\\x1f\\x7f`|<>\\[\\]]{1,64}",
        "Custom::[A-Za-z0-9_@-]{1,60}#Custom::[A-Za-z0-9_@-]{1,60}",
        "a\\:b\\-c#a:b-c",
        "\\{region\\}#\\{region\\}",
        "(?:x|y)+?(?=z)(?!w)#(?:x|y)+?(?=z)(?!w)",
        "\\D\\W\\S#[^0-9][^A-Za-z0-9_][^ \\t\\n\\x0B\\f\\r]",
        "[\\s\\-]#[ \\t\\n\\x0B\\f\\r\\-]"
      })
  void translatesEachConstruct(String java, String ecma) {
    assertThat(EcmaRegex.of(java)).isEqualTo(ecma);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?s).*\\S.{9,}",
        "\\d{12}",
        "[\\w+=,.@-]{1,64}",
        "[^\\x00-\\x1f]{1,200}",
        "role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}",
        "\\{region\\}|[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d",
        "\\D\\W\\S.*",
        "[\\s\\-]"
      })
  void theTranslationMatchesTheSameStrings(String java) {
    Pattern original = Pattern.compile(java);
    Pattern translated = Pattern.compile(EcmaRegex.of(java));
    for (String sample : SAMPLES) {
      assertThat(translated.matcher(sample).matches())
          .as("/%s/ on %s", java, sample)
          .isEqualTo(original.matcher(sample).matches());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a*+",
        "a{2}+",
        "(?>ab)",
        "(?i)abc",
        "a(?s).",
        "\\p{Alpha}",
        "\\Qa.b\\E",
        "\\Aabc\\z",
        "[a-z&&[^q]]",
        "[a[bc]]",
        "[\\S]",
        "a{,2}",
        "[abc",
        "abc\\"
      })
  void refusesJavaOnlyConstructs(String java) {
    assertThatThrownBy(() -> EcmaRegex.of(java))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot publish the pattern /" + java + "/");
  }

  @Test
  void everyPatternOfTheSchemaIsTranslated() {
    // SchemaWriter translates each @Pattern and rule; one it could not would throw here.
    List<String> patterns = new java.util.ArrayList<>();
    SchemaWriter.schema().findValues("pattern").forEach(node -> patterns.add(node.asText()));
    assertThat(patterns)
        .hasSizeGreaterThan(20)
        .noneMatch(pattern -> pattern.contains("(?s)"))
        .noneMatch(pattern -> pattern.contains("\\d") || pattern.contains("\\w"));
  }
}

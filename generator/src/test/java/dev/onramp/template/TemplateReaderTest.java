package dev.onramp.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TemplateReaderTest {

  private static Map<String, Object> properties(String yaml) {
    return TemplateReader.read(yaml).resources().get("R").properties();
  }

  @Test
  void shortFormTagsBecomeTheModelsFunctions() {
    Map<String, Object> p =
        properties(
            """
            Resources:
              R:
                Type: Test::Thing
                Properties:
                  Ref: !Ref ExternalId
                  Sub: !Sub arn:${AWS::Partition}:s3:::b/*
                  GetAtt: !GetAtt Bucket.Arn
                  If: !If [HasX, !Ref X, !Ref AWS::NoValue]
                  Equals: !Equals [!Ref A, 'true']
                  Not: !Not [!Condition C]
                  And: !And [!Condition C, !Condition D]
                  Or: !Or [!Condition C, !Condition D]
                  Join: !Join ['', [a, !Ref B]]
                  Select: !Select [0, [a, b]]
                  Split: !Split [/, !Ref AWS::StackId]
            """);
    assertThat(p.get("Ref")).isEqualTo(new Fn.Ref("ExternalId"));
    assertThat(p.get("Sub")).isEqualTo(new Fn.Sub("arn:${AWS::Partition}:s3:::b/*"));
    assertThat(p.get("GetAtt")).isEqualTo(new Fn.GetAtt("Bucket", "Arn"));
    assertThat(p.get("If"))
        .isEqualTo(new Fn.If("HasX", new Fn.Ref("X"), new Fn.Ref("AWS::NoValue")));
    assertThat(p.get("Equals")).isEqualTo(new Fn.Equals(new Fn.Ref("A"), "true"));
    assertThat(p.get("Not")).isEqualTo(new Fn.Not(new Fn.ConditionRef("C")));
    assertThat(p.get("And"))
        .isEqualTo(new Fn.And(List.of(new Fn.ConditionRef("C"), new Fn.ConditionRef("D"))));
    assertThat(p.get("Or"))
        .isEqualTo(new Fn.Or(List.of(new Fn.ConditionRef("C"), new Fn.ConditionRef("D"))));
    assertThat(p.get("Join")).isEqualTo(new Fn.Join("", List.of("a", new Fn.Ref("B"))));
    assertThat(p.get("Select")).isEqualTo(new Fn.Select(0, List.of("a", "b")));
    assertThat(p.get("Split")).isEqualTo(new Fn.Split("/", new Fn.Ref("AWS::StackId")));
  }

  @Test
  void longFormReadsLikeTheShortForm() {
    String shortForm =
        """
        Resources:
          R:
            Type: Test::Thing
            Properties:
              A: !If [C, !GetAtt B.Arn, !Sub '${X}/*']
              B: !Not [!Condition C]
        """;
    String longForm =
        """
        {"Resources": {"R": {"Type": "Test::Thing", "Properties": {
          "A": {"Fn::If": ["C", {"Fn::GetAtt": ["B", "Arn"]}, {"Fn::Sub": "${X}/*"}]},
          "B": {"Fn::Not": [{"Condition": "C"}]}}}}}
        """;
    assertThat(properties(longForm)).isEqualTo(properties(shortForm));
  }

  @Test
  void subWithAVariableMapIsFoldedIntoItsText() {
    Map<String, Object> p =
        properties(
            """
            Resources:
              R:
                Type: Test::Thing
                Properties:
                  Arn: !Sub
                    - arn:${AWS::Partition}:s3:::${Name}/${Key}/${!Literal}
                    - Name: !Ref Bucket
                      Key: cur
            """);
    assertThat(p.get("Arn"))
        .isEqualTo(new Fn.Sub("arn:${AWS::Partition}:s3:::${Bucket}/cur/${!Literal}"));
  }

  @Test
  void scalarsKeepTheirTypesButDatesStayText() {
    Map<String, Object> p =
        properties(
            """
            Resources:
              R:
                Type: Test::Thing
                Properties:
                  Version: 2012-10-17
                  Quoted: 'true'
                  Plain: true
                  Number: 3600
            """);
    assertThat(p.get("Version")).isEqualTo("2012-10-17");
    assertThat(p.get("Quoted")).isEqualTo("true");
    assertThat(p.get("Plain")).isEqualTo(Boolean.TRUE);
    assertThat(p.get("Number")).isEqualTo(3600);
  }

  @Test
  void refusesWhatCloudFormationRefuses() {
    assertThatThrownBy(() -> TemplateReader.read("Resources:\n  R: {Type: A}\n  R: {Type: B}\n"))
        .isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining("duplicate key 'R'")
        .hasMessageContaining("line 3");
    assertThatThrownBy(
            () ->
                TemplateReader.read("Resources:\n  R:\n    Type: A\n    Properties: !If [C, x]\n"))
        .isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining("Fn::If takes a list of 3 values");
    assertThatThrownBy(() -> TemplateReader.read("Resources:\n  R: {Type: A, X: !Foo-Bar x}\n"))
        .hasMessageContaining("unknown tag !Foo-Bar");
    assertThatThrownBy(() -> TemplateReader.read("Resources: {}\n---\nResources: {}\n"))
        .isInstanceOf(TemplateFormatException.class);
    assertThatThrownBy(() -> TemplateReader.read("- just a list\n"))
        .hasMessageContaining("a template is a map of sections");
    assertThatThrownBy(() -> TemplateReader.read("Resources:\n  R: {Properties: {}}\n"))
        .hasMessageContaining("resource R has no Type");
    assertThatThrownBy(() -> TemplateReader.read("Resources: {R: {Type: [unclosed\n"))
        .isInstanceOf(TemplateFormatException.class)
        .hasMessageStartingWith("not valid YAML");
  }

  /**
   * The strongest check of the reader: the generator's own goldens, YAML and JSON alike, read back
   * into exactly the model that prints them.
   */
  @TestFactory
  Stream<DynamicTest> goldenTemplatesReadBackIntoTheModelThatWroteThem() {
    return GoldenTemplates.yaml().stream()
        .map(yaml -> DynamicTest.dynamicTest(GoldenTemplates.name(yaml), () -> roundTrip(yaml)));
  }

  /**
   * Compared in canonical form: each rendering carries the SHA-256 of itself (TemplateIdentity), so
   * the YAML and the JSON carry different values, and the stamped text is the writer's with the 64
   * zeros replaced.
   */
  private static void roundTrip(Path yaml) {
    String text = unstamped(GoldenTemplates.read(yaml));
    Template fromYaml = TemplateReader.read(text);
    Template fromJson =
        TemplateReader.read(unstamped(GoldenTemplates.read(GoldenTemplates.json(yaml))));
    assertThat(YamlTemplateWriter.write(fromYaml)).isEqualTo(text);
    assertThat(YamlTemplateWriter.write(fromJson)).isEqualTo(text);
  }

  /** {@code text} with the identity it carries, if any, back to 64 zeros. */
  private static String unstamped(String text) {
    java.util.regex.Matcher hex = java.util.regex.Pattern.compile("[0-9a-f]{64}").matcher(text);
    while (hex.find()) {
      String value = hex.group();
      if (TemplateIdentity.verifies(text.getBytes(StandardCharsets.UTF_8), value)) {
        return text.replace(value, TemplateIdentity.BLANK);
      }
    }
    return text;
  }
}

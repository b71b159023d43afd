package dev.onramp.blueprint.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  @Test
  void keepsLineColumnAndPathOfEveryNode() {
    YamlReader.Result result = read("a:\n  b:\n    - x\n    - y: 1\n");
    YamlNode.Mapping root = (YamlNode.Mapping) result.root().orElseThrow();
    YamlNode.Mapping a = (YamlNode.Mapping) root.entries().get("a");
    YamlNode.Sequence b = (YamlNode.Sequence) a.entries().get("b");
    YamlNode.Mapping second = (YamlNode.Mapping) b.items().get(1);
    assertThat(second.keys().get("y").line()).isEqualTo(4);
    assertThat(second.keys().get("y").column()).isEqualTo(7);
    assertThat(second.keys().get("y").yamlPath()).isEqualTo("a.b[1].y");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void plainNumbersKeepTheirTextSoLeadingZerosSurvive() {
    YamlNode.Mapping root = (YamlNode.Mapping) read("id: 012345678901\n").root().orElseThrow();
    assertThat(((YamlNode.Scalar) root.entries().get("id")).text()).isEqualTo("012345678901");
  }

  @Test
  void refusesAliasesAndTags() {
    List<String> messages = messages(read("a: &x 1\nb: *x\nc: !Ref Foo\n").problems());
    assertThat(messages)
        .anyMatch(m -> m.startsWith("f.yaml:2:4: error ONR003 at b: YAML aliases (*x)"))
        .anyMatch(m -> m.contains("tag '!Ref'"));
  }

  @Test
  void aShortFormFunctionInARawResourceGetsItsLongFormAsTheFix() {
    List<Diagnostic> problems =
        read("resources:\n  R:\n    properties:\n      A: !GetAtt Role.Arn\n      B: !Bogus x\n")
            .problems();
    assertThat(problems)
        .extracting(Diagnostic::render)
        .containsExactly(
            "f.yaml:4:10: error ONR226 at resources.R.properties.A: short-form intrinsic function"
                + " '!GetAtt' in a raw resource\n"
                + "  fix: write its long form, {Fn::GetAtt: [Resource, Attribute]}; a blueprint is"
                + " plain data, so YAML tags are not read",
            "f.yaml:5:10: error ONR003 at resources.R.properties.B: YAML tag '!Bogus' is not"
                + " supported\n"
                + "  fix: remove the tag; blueprints are plain data (CloudFormation functions such as"
                + " !Ref are generated for you)");
  }

  @Test
  void refusesSeveralDocuments() {
    assertThat(messages(read("a: 1\n---\nb: 2\n").problems()))
        .anyMatch(m -> m.contains("more than one YAML document"));
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirPosition() {
    byte[] bytes = {'a', ':', ' ', 'x', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    YamlReader.Result result = YamlReader.read("f.yaml", bytes);
    assertThat(result.root()).isEmpty();
    assertThat(result.problems().get(0).render()).startsWith("f.yaml:2:4: error ONR004");
  }

  @Test
  void refusesNestingBeyondTheLimit() {
    String deep = "[".repeat(YamlReader.MAX_DEPTH + 5) + "]".repeat(YamlReader.MAX_DEPTH + 5);
    YamlReader.Result result = read(deep);
    assertThat(result.root()).isEmpty();
    assertThat(messages(result.problems())).anyMatch(m -> m.contains("nests deeper"));
  }

  private static YamlReader.Result read(String text) {
    return YamlReader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> messages(List<Diagnostic> problems) {
    return problems.stream().map(Diagnostic::render).toList();
  }
}

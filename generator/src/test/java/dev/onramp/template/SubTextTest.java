package dev.onramp.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubTextTest {

  @Test
  void splitsLiteralsAndVariables() {
    assertThat(SubText.parse("arn:${AWS::Partition}:iam::${Role.Arn}"))
        .containsExactly(
            new SubText.Literal("arn:", "arn:"),
            new SubText.Variable("${AWS::Partition}", "AWS::Partition"),
            new SubText.Literal(":iam::", ":iam::"),
            new SubText.Variable("${Role.Arn}", "Role.Arn"));
  }

  @Test
  void anEscapeIsLiteralTextAsCloudFormationRendersIt() {
    assertThat(SubText.parse("a-${!Literal}-${X}"))
        .containsExactly(
            new SubText.Literal("a-${!Literal}-", "a-${Literal}-"),
            new SubText.Variable("${X}", "X"));
  }

  @Test
  void anUnclosedVariableIsLiteral() {
    assertThat(SubText.parse("cost $5 ${open"))
        .isEqualTo(List.of(new SubText.Literal("cost $5 ${open", "cost $5 ${open")));
  }

  @Test
  void escapedTextRendersBackUnchanged() {
    String value = "x${AWS::Region}y${!z}";
    List<SubText.Part> parts = SubText.parse(SubText.escape(value));
    assertThat(parts).hasSize(1);
    assertThat(((SubText.Literal) parts.get(0)).text()).isEqualTo(value);
  }
}

package dev.onramp.compile.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawValuesTest {
  private final RawValues values = new RawValues();

  @Test
  void longFormFunctionsBecomeTheTemplateModelsFunctions() {
    Object read =
        values.read(
            Map.of(
                "A", Map.of("Ref", "Bucket"),
                "B", Map.of("Fn::GetAtt", List.of("Role", "Arn")),
                "C", Map.of("Fn::GetAtt", "Role.RoleId"),
                "D", Map.of("Fn::If", List.of("On", "x", Map.of("Ref", "AWS::NoValue"))),
                "E", Map.of("Fn::Join", List.of(",", List.of("a", Map.of("Ref", "P"))))),
            "p");

    assertThat(read)
        .isEqualTo(
            Map.of(
                "A", Fn.ref("Bucket"),
                "B", Fn.getAtt("Role", "Arn"),
                "C", Fn.getAtt("Role", "RoleId"),
                "D", Fn.ifThen("On", "x", Fn.noValue()),
                "E", new Fn.Join(",", List.of("a", Fn.ref("P")))));
    assertThat(values.problems()).isEmpty();
    assertThat(values.references())
        .extracting(r -> r.kind() + " " + r.name() + " " + r.form())
        .containsExactlyInAnyOrder(
            "VALUE Bucket Ref",
            "ATTRIBUTE Role Fn::GetAtt",
            "ATTRIBUTE Role Fn::GetAtt",
            "CONDITION On Fn::If",
            "VALUE AWS::NoValue Ref",
            "VALUE P Ref");
  }

  @Test
  void subVariablesOfTextRefOrGetAttAreFoldedIntoTheText() {
    Object read =
        values.read(
            Map.of(
                "Fn::Sub",
                List.of(
                    "${Bus}/${Name}/${Role.Arn}/${AWS::Region}",
                    Map.of("Bus", "acme ${x}", "Name", Map.of("Ref", "P")))),
            "p");

    assertThat(read).isEqualTo(Fn.sub("acme ${!x}/${P}/${Role.Arn}/${AWS::Region}"));
    assertThat(values.references())
        .extracting(r -> r.kind() + " " + r.name() + " " + r.form())
        .containsExactly(
            "ATTRIBUTE Role ${Role.Arn}", "VALUE AWS::Region ${AWS::Region}", "VALUE P Ref");
  }

  @Test
  void otherSubVariablesKeepTheLongForm() {
    Object read =
        values.read(
            Map.of(
                "Fn::Sub",
                List.of("${Zone}", Map.of("Zone", Map.of("Fn::Select", List.of(0, List.of("a")))))),
            "p");

    assertThat(read)
        .isEqualTo(
            Map.of(
                "Fn::Sub",
                List.of(
                    "${Zone}", Map.of("Zone", Map.of("Fn::Select", List.of(0, List.of("a")))))));
  }

  @Test
  void aStatementsConditionIsNoFunction() {
    Map<String, Object> statement =
        Map.of("Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", "1")));

    assertThat(values.read(statement, "p")).isEqualTo(statement);
    assertThat(values.problems()).isEmpty();
  }

  @Test
  void everyProblemIsLocatedAtTheValue() {
    values.read(
        Map.of(
            "A", "arn:aws:s3:::bucket",
            "B", Map.of("Fn::FindInMap", List.of("M", "K", "V")),
            "C", Map.of("Fn::GetAtt", 7),
            "D", Map.of("Fn::Sbu", "x"),
            "E", Map.of("Condition", "On")),
        "resources.R.properties");

    assertThat(values.problems())
        .extracting(p -> p.code().id() + " " + p.path())
        .containsExactlyInAnyOrder(
            "ONR228 resources.R.properties.A",
            "ONR226 resources.R.properties.B.Fn::FindInMap",
            "ONR226 resources.R.properties.C.Fn::GetAtt",
            "ONR226 resources.R.properties.D.Fn::Sbu",
            "ONR226 resources.R.properties.E.Condition");
  }
}

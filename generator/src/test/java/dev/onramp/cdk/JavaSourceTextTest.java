package dev.onramp.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, literals and substitutions as the generated Java spells them. */
class JavaSourceTextTest {
  private static final List<String> TRICKY =
      List.of(
          "plain",
          "quote \" and backslash \\ and tab \t",
          "line one\nline two\n",
          "no final newline\n  indented",
          "  every line\n  indented\n",
          "trailing spaces   \nand \"\"\" three quotes \"\"\"\"\n",
          "ends with a quote\"",
          "unicode \u00e9\u20ac and \\u0041 written out\nsecond line",
          "\n\nblank lines first\n\n");

  @Test
  void literalsCompileBackToTheirText(@TempDir Path folder) throws Exception {
    StringBuilder source = new StringBuilder("package t;\npublic class Literals {\n");
    source.append("  public static final String[] VALUES = {\n");
    for (String value : TRICKY) {
      source.append("    ").append(JavaCode.indentContinuation(JavaLiterals.string(value), 4));
      source.append(",\n");
    }
    source.append("  };\n}\n");
    Files.createDirectories(folder.resolve("src/t"));
    Files.writeString(folder.resolve("src/t/Literals.java"), source);

    ClassLoader loader =
        InMemoryCompilation.compile(folder.resolve("src"), folder.resolve("classes"));
    String[] values = (String[]) loader.loadClass("t.Literals").getField("VALUES").get(null);

    assertThat(values).containsExactlyElementsOf(TRICKY);
  }

  @Test
  void templateNamesBecomeJavaNames() {
    JavaNames names = new JavaNames(java.util.Set.of("props"));
    assertThat(names.unique("ExternalId", "Value")).isEqualTo("externalId");
    assertThat(names.unique("IAMRoleName", "Value")).isEqualTo("iamRoleName");
    assertThat(names.unique("ID", "Value")).isEqualTo("id");
    assertThat(names.unique("Default", "Value")).isEqualTo("defaultValue");
    assertThat(names.unique("Props", "Value")).isEqualTo("propsValue");
    assertThat(names.unique("ExternalID", "Value")).isEqualTo("externalID");
    assertThat(names.unique("externalId", "Value")).isEqualTo("externalIdValue");
  }

  @Test
  void aSubKeepsForCloudFormationOnlyWhatPropsCannotSay() {
    PropView team =
        new PropsModel(
                Map.of(
                    "Team",
                    new Template.Parameter(
                        "String", null, "platform", List.of(), null, null, false, null, null)))
            .props()
            .get("Team");
    JavaImports imports = new JavaImports();
    JavaExpressions expressions =
        new JavaExpressions(
            new TemplateSymbols(Map.of("Team", team), Map.of(), Map.of(), Map.of()), imports);

    assertThat(expressions.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Team}").text())
        .isEqualTo(
            "Fn.sub(\"arn:${AWS::Partition}:iam::${AWS::AccountId}:role/\""
                + " + escapedForSub(props.getTeam()))");
    assertThat(expressions.sub("${Team}-reader").text()).isEqualTo("props.getTeam() + \"-reader\"");
    assertThat(expressions.sub("${!aws:username}").text()).isEqualTo("\"${aws:username}\"");
    assertThat(imports.helpers()).containsExactly(Helper.ESCAPED_FOR_SUB);
  }
}

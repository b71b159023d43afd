package dev.onramp.compile.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.onramp.lint.LocalCfnLintEngine;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.YamlTemplateWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The member and a parent holding its management-account copy pass cfn-lint (an integration test).
 */
class MemberCopyCfnLintIT {
  private static final String SWITCH = "DeploysToManagementAccount";

  @TempDir Path directory;

  /** The member and a parent holding its copy both pass cfn-lint without a single finding. */
  @Test
  void parentWithTheCopyPassesCfnLint() throws Exception {
    Optional<LocalCfnLintEngine> cfnLint = LocalCfnLintEngine.find(Optional.empty());
    // Skipped only on a machine without cfn-lint; .ci/run installs it, so CI always runs this, and
    // CfnLintScenariosIT lints the golden management copies as well.
    assumeThat(cfnLint).as("cfn-lint on PATH").isPresent();
    Template member = MemberCopyTest.member();
    MemberCopy.Result copy = MemberCopyTest.copy(member);
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    parameters.put(
        "IncludeManagementAccount",
        new Template.Parameter(
            "String", null, "false", List.of("true", "false"), null, null, false, null, null));
    copy.referencedParameters()
        .forEach(name -> parameters.put(name, member.parameters().get(name)));
    Map<String, Object> conditions = new LinkedHashMap<>();
    conditions.put(SWITCH, new Fn.Equals(Fn.ref("IncludeManagementAccount"), "true"));
    conditions.putAll(copy.conditions());
    Template parent =
        new Template(
            "Organization with the member copy",
            Map.of(),
            parameters,
            Map.of(),
            conditions,
            copy.resources(),
            copy.outputs());
    Path memberFile = write("member.yaml", member);
    Path parentFile = write("parent.yaml", parent);

    Process process =
        new ProcessBuilder(
                cfnLint.get().executable().toString(), memberFile.toString(), parentFile.toString())
            .redirectErrorStream(true)
            .start();
    String findings = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("cfn-lint finished").isTrue();

    assertThat(findings).as("cfn-lint output").isEmpty();
    assertThat(process.exitValue()).as("cfn-lint exit code").isZero();
  }

  private Path write(String name, Template template) throws Exception {
    Path file = directory.resolve(name);
    Files.writeString(file, YamlTemplateWriter.write(template), StandardCharsets.UTF_8);
    return file;
  }
}
